import { can, type Order, type StaffRole } from "@tabletap/shared";

/**
 * What cancelling an order does to its money, as the server decides it (refund-on-cancel.ts): nothing for
 * an unpaid order; a paid one is refunded, which only managers and owners may do; a provider gives online
 * money back by itself, counter money is handed back by staff, who confirm it.
 */
export type CancelRefund = { kind: "none" } | { kind: "not_allowed" | "online" | "counter"; amount: number };

export function cancelRefundOf(order: Order, role: StaffRole): CancelRefund {
  if (order.paymentStatus !== "paid") return { kind: "none" };
  // The diner paid the tip with the total, so both go back.
  const amount = order.total + (order.tip ?? 0);
  if (!can(role, "payments.refund")) return { kind: "not_allowed", amount };
  return { kind: order.paymentMethod === "counter" ? "counter" : "online", amount };
}
