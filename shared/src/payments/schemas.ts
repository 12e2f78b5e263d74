import { z } from "zod";

/** `online`: paid through a payment provider before the kitchen sees it; `counter`: cash or card at the till. */
export const paymentMethods = ["online", "counter"] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export const counterTenders = ["cash", "card"] as const;

/** Body of `POST /api/merchant/orders/:id/paid`: staff took the money at the counter. */
export const markPaidRequestSchema = z
  .object({ tender: z.enum(counterTenders) })
  .strict()
  .meta({ id: "MarkPaidRequest" });

export const checkoutResponseSchema = z
  .object({ checkoutUrl: z.string(), paymentId: z.string() })
  .meta({ id: "CheckoutResponse" });

export type MarkPaidRequest = z.infer<typeof markPaidRequestSchema>;
export type CheckoutResponse = z.infer<typeof checkoutResponseSchema>;
