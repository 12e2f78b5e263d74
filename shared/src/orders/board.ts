import { z } from "zod";
import { freeText, MAX_LINES, orderLineInputSchema } from "./schemas.js";
import { orderStatuses } from "./status.js";

export const DEFAULT_ESCALATE_AFTER_MINUTES = 5;
export const MAX_ESCALATE_AFTER_MINUTES = 120;

/** How the shop's board treats orders nobody has accepted yet. */
export const boardSettingsSchema = z
  .object({
    escalateAfterMinutes: z
      .int()
      .min(1)
      .max(MAX_ESCALATE_AFTER_MINUTES)
      .describe("Minutes after which an order still not accepted is flagged late and the alert gets louder"),
  })
  .strict()
  .meta({ id: "BoardSettings" });

/**
 * Body of `POST /api/merchant/orders`: a member of staff orders for a table on a diner's behalf. Priced
 * by the server exactly like a diner's order; paid at the counter.
 */
export const staffOrderRequestSchema = z
  .object({
    tableId: z.guid().describe("A table or the counter of the signed-in staff member's shop"),
    lines: z.array(orderLineInputSchema).min(1).max(MAX_LINES),
    note: freeText(300).optional(),
  })
  .strict()
  .meta({ id: "StaffOrderRequest" });

export const orderHistoryEntrySchema = z
  .object({
    from: z.enum(orderStatuses).nullable(),
    to: z.enum(orderStatuses),
    at: z.iso.datetime(),
    byStaff: z.boolean().describe("Whether a member of staff made the change (not the diner or the system)"),
    reason: z.string().nullable(),
  })
  .meta({ id: "OrderHistoryEntry" });

export const orderHistorySchema = z
  .object({ history: z.array(orderHistoryEntrySchema) })
  .meta({ id: "OrderHistory" });

export type BoardSettings = z.infer<typeof boardSettingsSchema>;
export type StaffOrderRequest = z.infer<typeof staffOrderRequestSchema>;
export type OrderHistoryEntry = z.infer<typeof orderHistoryEntrySchema>;
export type OrderHistory = z.infer<typeof orderHistorySchema>;
