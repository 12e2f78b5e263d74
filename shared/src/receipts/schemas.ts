import { z } from "zod";
import { paymentStatuses } from "../orders/schemas.js";
import { orderStatuses } from "../orders/status.js";
import { counterTenders, paymentMethods } from "../payments/schemas.js";

/**
 * A receipt as anyone holding its link sees it. On purpose it carries nothing that identifies or reaches
 * the diner, the table or the live order: no order id or token, no table, no notes, no device ids.
 */
export const receiptSchema = z
  .object({
    shop: z.object({
      name: z.string(),
      currency: z.string(),
      locale: z.string(),
      timezone: z.string().describe("Format `placedAt` in this zone: the shop's clock, not the reader's"),
    }),
    placedAt: z.iso.datetime(),
    pickupNumber: z.int(),
    status: z.enum(orderStatuses),
    lines: z.array(
      z.object({
        name: z.string(),
        quantity: z.int(),
        unitPrice: z.int(),
        lineTotal: z.int(),
        options: z.array(z.object({ name: z.string(), priceDelta: z.int() })),
      }),
    ),
    subtotal: z.int(),
    discount: z.int().describe("Taken off by a coupon: total = subtotal − discount"),
    total: z.int(),
    tip: z.int().describe("Paid on top of total"),
    amountPaid: z
      .int()
      .describe("What the diner's payments brought in (0 while unpaid), including money refunded since"),
    amountRefunded: z
      .int()
      .describe(
        "Given back to the diner; a refund still on its way shows as `payment.status` `refund_pending`",
      ),
    amountDue: z
      .int()
      .describe(
        "Still owed: total + tip − amountPaid while the order stands and is unpaid; 0 once cancelled",
      ),
    currency: z.string(),
    payment: z.object({
      method: z.enum(paymentMethods),
      tender: z.enum(counterTenders).nullable().describe("Cash or card, for orders paid at the counter"),
      status: z.enum(paymentStatuses),
    }),
  })
  .meta({ id: "Receipt" });

/** Answer of `POST /api/orders/:id/receipt`: the order's share link (the same one every time). */
export const receiptLinkSchema = z
  .object({
    receiptToken: z.string(),
    path: z.string().describe("`/r/<receiptToken>` on the diner site"),
  })
  .meta({ id: "ReceiptLink" });

/** Body of `POST /api/orders/:id/receipt/email`. The address is used for this one email, then deleted. */
export const emailReceiptRequestSchema = z
  .object({ email: z.email().max(254) })
  .strict()
  .meta({ id: "EmailReceiptRequest" });

export type Receipt = z.infer<typeof receiptSchema>;
export type ReceiptLink = z.infer<typeof receiptLinkSchema>;
export type EmailReceiptRequest = z.infer<typeof emailReceiptRequestSchema>;
