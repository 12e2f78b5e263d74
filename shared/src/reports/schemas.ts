import { z } from "zod";
import { daySpan, isCalendarDay } from "./days.js";

/** Longest range one report covers; a year and a day, so "this day last year" still fits. */
export const MAX_REPORT_DAYS = 366;

export const shopDaySchema = z.string().refine(isCalendarDay, "must be a calendar day YYYY-MM-DD");

export const salesRangeQuerySchema = z
  .object({
    from: shopDaySchema.describe("First shop day (the shop's local calendar day), included"),
    to: shopDaySchema.describe("Last shop day, included"),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: "from must not be after to", path: ["from"] })
  .refine((q) => q.from > q.to || daySpan(q.from, q.to) <= MAX_REPORT_DAYS, {
    message: `a report covers at most ${MAX_REPORT_DAYS} days`,
    path: ["to"],
  });

export const salesBreakdowns = ["days", "items", "categories", "hours", "tables", "payments"] as const;
export type SalesBreakdown = (typeof salesBreakdowns)[number];

export const salesCsvQuerySchema = z
  .object({
    from: shopDaySchema,
    to: shopDaySchema,
    breakdown: z
      .enum([...salesBreakdowns, "orders"])
      .describe("Which table to export; `orders`: every order"),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: "from must not be after to", path: ["from"] })
  .refine((q) => q.from > q.to || daySpan(q.from, q.to) <= MAX_REPORT_DAYS, {
    message: `an export covers at most ${MAX_REPORT_DAYS} days`,
    path: ["to"],
  });

/**
 * A range's sales figures, integer minor units. A *sale* is an order that reached the kitchen (placed and
 * onwards) or was paid and then cancelled; pending and expired pay-first orders never count.
 * gross = Σ subtotal of sales; net = gross − discounts − refunds (= Σ total of sales still standing);
 * tips are kept apart; refunds are the totals of cancelled, paid orders (refunded or being refunded).
 */
export const salesTotalsSchema = z
  .object({
    gross: z.int(),
    discounts: z.int(),
    refunds: z.int(),
    net: z.int(),
    tips: z.int(),
    orders: z.int().describe("Sales that stand (not cancelled)"),
    averageTicket: z.int().describe("net / orders, rounded to the minor unit"),
    cancellations: z.int().describe("Orders cancelled, paid or not"),
  })
  .meta({ id: "SalesTotals" });

const amountRow = { orders: z.int(), net: z.int() };

export const salesReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    currency: z.string(),
    locale: z.string(),
    timezone: z.string(),
    totals: salesTotalsSchema,
    previous: z.object({
      from: z.string(),
      to: z.string(),
      totals: salesTotalsSchema,
      until: z
        .string()
        .optional()
        .describe(
          "For a range ending today: the previous period's last day counts only until this shop-local HH:mm",
        ),
      untilAt: z.iso.datetime().optional().describe("The same cut as an instant"),
    }),
    days: z.array(z.object({ day: z.string(), ...amountRow })),
    items: z.array(
      z.object({
        itemId: z.string(),
        name: z.string(),
        category: z.string(),
        quantity: z.int(),
        sales: z.int().describe("Σ line totals, before order discounts"),
      }),
    ),
    categories: z.array(z.object({ category: z.string(), quantity: z.int(), sales: z.int() })),
    hours: z.array(z.object({ hour: z.int().min(0).max(23), ...amountRow })),
    tables: z.array(z.object({ tableId: z.string(), label: z.string(), ...amountRow })),
    payments: z.array(z.object({ method: z.string(), ...amountRow })),
  })
  .meta({ id: "SalesReport" });

export const closingTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM (24-hour)");

export const reportSettingsSchema = z
  .object({
    closingTime: closingTimeSchema.describe(
      "Shop-local time the day's summary is stored; 00:00–05:59 closes the day before",
    ),
  })
  .strict()
  .meta({ id: "ReportSettings" });

export const dailySummarySchema = z
  .object({ day: z.string(), totals: salesTotalsSchema, closedAt: z.iso.datetime() })
  .meta({ id: "DailySummary" });

export const dailySummaryListSchema = z
  .object({ summaries: z.array(dailySummarySchema) })
  .meta({ id: "DailySummaryList" });

export type SalesTotals = z.infer<typeof salesTotalsSchema>;
export type SalesReport = z.infer<typeof salesReportSchema>;
export type ReportSettings = z.infer<typeof reportSettingsSchema>;
export type DailySummary = z.infer<typeof dailySummarySchema>;
