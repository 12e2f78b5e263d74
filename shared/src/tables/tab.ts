import { z } from "zod";
import { paymentStatuses } from "../orders/schemas.js";
import { orderStatuses } from "../orders/status.js";

export const tabRoundSchema = z
  .object({
    orderId: z.string(),
    pickupNumber: z.int(),
    status: z.enum(orderStatuses),
    paymentStatus: z.enum(paymentStatuses),
    total: z.int(),
    submittedBy: z.string().nullable().describe("Nickname of the diner who sent the round; null if unknown"),
    placedAt: z.iso.datetime(),
    lines: z.array(
      z.object({ name: z.string(), quantity: z.int(), options: z.array(z.string()), lineTotal: z.int() }),
    ),
  })
  .meta({ id: "TabRound" });

/**
 * A table's open tab: every order (round) placed from the table during its open sitting. A sitting opens
 * when staff seat guests, when they approve a table's first order, or, in a shop that does not ask for
 * approval, with the table's first order; it ends when staff close the table.
 */
export const tableTabSchema = z
  .object({
    open: z.boolean().describe("False when the table has no open sitting (no tab yet, or staff closed it)"),
    openedAt: z.iso.datetime().nullable(),
    currency: z.string(),
    rounds: z.array(tabRoundSchema),
    total: z.int().describe("Sum of the rounds that were not cancelled or expired, in minor units"),
  })
  .meta({ id: "TableTab" });

export type TabRound = z.infer<typeof tabRoundSchema>;
export type TableTab = z.infer<typeof tableTabSchema>;
