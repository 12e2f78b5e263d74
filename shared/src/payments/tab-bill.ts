import { z } from "zod";
import { counterTenders, tipSchema } from "./schemas.js";

/** Most people one bill may be split between. */
export const MAX_SHARES = 50;

export const tabPartKinds = ["remaining", "items", "equal", "custom"] as const;
export type TabPartKind = (typeof tabPartKinds)[number];

/**
 * `open`: its checkout is running and it holds what it covers; `paid`; `expired`/`cancelled`/`failed`: it
 * lapsed and let go of what it held; `refund_pending`/`refunded`: money that came and went back whole.
 */
export const tabPartStatuses = [
  "open",
  "paid",
  "expired",
  "cancelled",
  "failed",
  "refund_pending",
  "refunded",
] as const;
export type TabPartStatus = (typeof tabPartStatuses)[number];

/** `open`: nothing paid yet; `partly_paid`; `paid`: nothing left; `closed`: staff closed it by hand. */
export const tabBillStates = ["open", "partly_paid", "paid", "closed"] as const;
export type TabBillState = (typeof tabBillStates)[number];

const nickname = z.string().trim().min(1).max(40).describe("The payer's nickname, shown to the table");

/** The four kinds of part, each with the fields `extra` adds (who pays, tip, tender). */
const partKinds = <Extra extends z.ZodRawShape>(extra: Extra) =>
  z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("remaining"), ...extra }).strict(),
    z
      .object({
        kind: z.literal("items"),
        items: z
          .array(
            z
              .object({
                lineId: z.string().min(1).max(64),
                quantity: z.int().min(1).max(999).describe("How many units of the line this part pays"),
              })
              .strict(),
          )
          .min(1)
          .max(100),
        ...extra,
      })
      .strict(),
    z
      .object({
        kind: z.literal("equal"),
        shares: z.int().min(2).max(MAX_SHARES).describe("How many people split what is left"),
        ...extra,
      })
      .strict(),
    z
      .object({
        kind: z.literal("custom"),
        amount: z.int().min(1).max(100_000_000).describe("Minor units"),
        ...extra,
      })
      .strict(),
  ]);

/** Body of `POST /api/tables/:token/tab/parts`: which part this phone pays, its tip and its nickname. */
export const tabPartRequestSchema = partKinds({ tip: tipSchema.optional(), payer: nickname }).meta({
  id: "TabPartRequest",
});

/** Body of `POST /api/merchant/tables/:id/tab/parts`: money taken at the counter for part of the bill. */
export const counterTabPartRequestSchema = partKinds({
  tender: z.enum(counterTenders),
  tip: tipSchema.optional(),
  payer: nickname.optional(),
}).meta({ id: "CounterTabPartRequest" });

export const cancelTabPartRequestSchema = z
  .object({ partToken: z.string().min(1).max(100).describe("The token given when the part was opened") })
  .strict()
  .meta({ id: "CancelTabPartRequest" });

export const closeTabRequestSchema = z
  .object({ reason: z.string().trim().min(1).max(200).describe("Why staff close the tab by hand") })
  .strict()
  .meta({ id: "CloseTabRequest" });

export const tabPartSchema = z
  .object({
    id: z.string(),
    kind: z.enum(tabPartKinds),
    payer: z.string(),
    amount: z.int().describe("The bill's share this part pays, minor units"),
    tip: z.int().describe("On top of amount; never part of the bill"),
    method: z.string().describe("The provider (sandbox, stripe, alipay) or `counter`"),
    tender: z.enum(counterTenders).nullable(),
    status: z.enum(tabPartStatuses),
    share: z.object({ index: z.int(), count: z.int() }).nullable().describe("Share k of N, equal parts"),
    refunded: z.int().describe("Minor units given back (a shrunk bill or a payment that came too late)"),
    units: z.array(z.object({ lineId: z.string(), unit: z.int() })).describe("Line units it covers"),
    createdAt: z.iso.datetime(),
    paidAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable().describe("When an open part lets go of what it holds"),
  })
  .meta({ id: "TabPart" });

export const tabBillLineSchema = z.object({
  lineId: z.string(),
  name: z.string(),
  options: z.array(z.string()),
  quantity: z.int(),
  lineTotal: z.int(),
  units: z.array(
    z.object({
      unit: z.int(),
      amount: z.int().describe("This unit's share of the round's total after its coupon"),
      status: z.enum(["free", "held", "paid"]),
      partId: z.string().nullable(),
    }),
  ),
});

export const tabBillRoundSchema = z.object({
  orderId: z.string(),
  pickupNumber: z.int(),
  submittedBy: z.string().nullable(),
  total: z.int().describe("After the round's coupon"),
  lines: z.array(tabBillLineSchema),
});

/**
 * A table's bill: the open tab's rounds still to be paid (each after its coupon) and the parts paying them.
 * `due = paid + held + left` always; rounds paid on their own (pay-first, or one order at the counter) are
 * not on it.
 */
export const tabBillSchema = z
  .object({
    tableId: z.string(),
    open: z.boolean().describe("False when the table has no open sitting"),
    state: z.enum(tabBillStates),
    currency: z.string(),
    due: z.int().describe("The bill: unpaid rounds' totals after coupons"),
    paid: z.int(),
    held: z.int().describe("Reserved by parts whose checkout is open"),
    left: z.int().describe("Not paid nor held: what a new part may still take"),
    tips: z.int().describe("Tips of paid parts, apart from the bill"),
    closedReason: z.string().nullable(),
    rounds: z.array(tabBillRoundSchema),
    parts: z.array(tabPartSchema),
  })
  .meta({ id: "TabBill" });

export const openedTabPartSchema = z
  .object({
    part: tabPartSchema,
    partToken: z.string().describe("Keep it: cancelling this part needs it"),
    checkoutUrl: z.string().describe("The provider's page charging amount + tip"),
  })
  .meta({ id: "OpenedTabPart" });

export const tabPartEnvelopeSchema = z.object({ part: tabPartSchema }).meta({ id: "TabPartEnvelope" });

/** What the board and floor plan hear about a table's bill (`tab:updated`). */
export const tabSummarySchema = z
  .object({
    tableId: z.string(),
    state: z.enum(tabBillStates),
    currency: z.string(),
    due: z.int(),
    paid: z.int(),
    left: z.int(),
  })
  .meta({ id: "TabSummary" });

/** `GET /api/merchant/tabs`: the bill of every table with an open sitting, for the board and floor plan. */
export const tabSummaryListSchema = z
  .object({ tabs: z.array(tabSummarySchema) })
  .meta({ id: "TabSummaryList" });

export type TabPartRequest = z.infer<typeof tabPartRequestSchema>;
export type CounterTabPartRequest = z.infer<typeof counterTabPartRequestSchema>;
export type TabPart = z.infer<typeof tabPartSchema>;
export type TabBill = z.infer<typeof tabBillSchema>;
export type TabBillLine = z.infer<typeof tabBillLineSchema>;
export type OpenedTabPart = z.infer<typeof openedTabPartSchema>;
export type TabSummary = z.infer<typeof tabSummarySchema>;
