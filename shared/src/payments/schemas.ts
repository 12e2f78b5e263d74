import { z } from "zod";

/** `online`: paid through a payment provider before the kitchen sees it; `counter`: cash or card at the till. */
export const paymentMethods = ["online", "counter"] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export const counterTenders = ["cash", "card"] as const;

/** Most minor units a tip may be, whatever the bill; the server also refuses a tip above the order's total. */
export const MAX_TIP = 1_000_000;

/** The diner's tip in minor units: paid on top of the order's total, never part of its sales. */
export const tipSchema = z
  .int("must be a whole number of minor units")
  .min(0, "must not be negative")
  .max(MAX_TIP, "is too large")
  .describe("Tip in minor units, on top of the order's total (at most the total)");

/** Body of `POST /api/merchant/orders/:id/paid`: staff took the money at the counter. */
export const markPaidRequestSchema = z
  .object({ tender: z.enum(counterTenders), tip: tipSchema.optional() })
  .strict()
  .meta({ id: "MarkPaidRequest" });

/** Body of `POST /api/orders/:id/checkout` (optional): the tip chosen on the pay step. */
export const checkoutRequestSchema = z
  .object({ tip: tipSchema.optional() })
  .strict()
  .meta({ id: "CheckoutRequest" });

export const checkoutResponseSchema = z
  .object({ checkoutUrl: z.string(), paymentId: z.string() })
  .meta({ id: "CheckoutResponse" });

export type MarkPaidRequest = z.infer<typeof markPaidRequestSchema>;
export type CheckoutRequest = z.infer<typeof checkoutRequestSchema>;
export type CheckoutResponse = z.infer<typeof checkoutResponseSchema>;
