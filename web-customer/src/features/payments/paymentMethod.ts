import type { PaymentMethod, PaymentMode } from "@tabletap/shared";

/** Whether the shop lets the diner pick how to pay (a "both" shop) or has one way only. */
export const offersChoice = (mode: PaymentMode): boolean => mode === "both";

/**
 * How this order will be paid: the shop's only way, or the diner's pick in a shop that takes both.
 * Paying now is the first choice offered, so it is also what an untouched choice means.
 */
export function paymentMethodFor(mode: PaymentMode, chosen: PaymentMethod | null): PaymentMethod {
  if (mode === "pay_first") return "online";
  if (mode === "pay_at_counter") return "counter";
  return chosen ?? "online";
}
