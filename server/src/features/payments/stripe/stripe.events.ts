import { z } from "zod";
import type { ProviderEvent } from "../provider.js";

/** The Checkout Session events that settle a payment, and what each means for it. */
const settling = new Map<string, ProviderEvent["type"]>([
  ["checkout.session.completed", "payment.succeeded"],
  ["checkout.session.async_payment_succeeded", "payment.succeeded"],
  ["checkout.session.async_payment_failed", "payment.failed"],
  ["checkout.session.expired", "payment.failed"],
]);

// Only the fields the confirm job needs; Stripe sends far more and adds fields without notice.
const sessionSchema = z.object({
  id: z.string().min(1),
  amount_total: z.int().nonnegative(),
  currency: z.string().length(3),
  payment_status: z.string(),
});

/**
 * Maps a verified Stripe event to the provider-neutral form: `null` for events that don't settle a
 * payment (Stripe sends many kinds to one endpoint), "malformed" for a settling event we can't read.
 */
export function toProviderEvent(event: {
  id: string;
  type: string;
  data: { object: unknown };
}): ProviderEvent | null | "malformed" {
  const type = settling.get(event.type);
  if (!type) return null;
  const parsed = sessionSchema.safeParse(event.data.object);
  if (!parsed.success) return "malformed";
  const session = parsed.data;
  // Delayed methods (bank debits, vouchers) complete the session unpaid; async_payment_* settles them later.
  if (event.type === "checkout.session.completed" && session.payment_status !== "paid") return null;
  return {
    eventId: event.id,
    type,
    providerRef: session.id,
    amount: session.amount_total,
    currency: session.currency.toUpperCase(),
  };
}
