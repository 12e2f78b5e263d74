import { z } from "zod";

export const waitEstimateSchema = z
  .object({
    fromMinutes: z.int(),
    toMinutes: z.int(),
    ordersAhead: z.int().describe("The shop's orders placed earlier that are still being made"),
    basis: z
      .enum(["recent_orders", "default"])
      .describe("`recent_orders`: from the shop's recent preparation times; `default`: too few to go on"),
  })
  .meta({ id: "WaitEstimate" });

export const waitResponseSchema = z
  .object({
    estimate: waitEstimateSchema.nullable().describe("null once the order is ready, over or unpaid"),
  })
  .meta({ id: "WaitResponse" });

export type WaitEstimate = z.infer<typeof waitEstimateSchema>;
export type WaitResponse = z.infer<typeof waitResponseSchema>;

/** Used when the shop has too few finished orders to learn from. */
export const DEFAULT_PREP_MINUTES = 12;
/** A kitchen works on several orders at once, so each one ahead adds only part of its own time. */
const PARALLEL_ORDERS = 3;

/**
 * A friendly range for "ready in about …": the typical accepted→ready time (median of recent orders),
 * less what has already passed since this order was accepted, plus a share for each order ahead.
 */
export function estimateWait(input: {
  medianPrepMinutes: number | null;
  minutesSinceAccepted: number | null;
  ordersAhead: number;
}): WaitEstimate {
  const prep = input.medianPrepMinutes ?? DEFAULT_PREP_MINUTES;
  const own = Math.max(prep - (input.minutesSinceAccepted ?? 0), 1);
  const expected = own + (input.ordersAhead * prep) / PARALLEL_ORDERS;
  const roundTo = expected > 20 ? 5 : 1;
  const from = Math.max(1, Math.floor((expected * 0.8) / roundTo) * roundTo);
  const to = Math.max(from + 2, Math.ceil((expected * 1.25) / roundTo) * roundTo);
  return {
    fromMinutes: from,
    toMinutes: to,
    ordersAhead: input.ordersAhead,
    basis: input.medianPrepMinutes === null ? "default" : "recent_orders",
  };
}

/** The middle value; null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}
