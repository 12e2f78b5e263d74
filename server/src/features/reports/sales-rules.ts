/**
 * What counts as a sale, for every report query (as SQL conditions over `orders`, optionally aliased, in
 * sale-conditions.repository.ts) and for orders held in memory (saleKind below).
 *
 * - standing sale: the order reached the kitchen and was not cancelled (placed … completed), paid or not
 *   yet paid at the counter. Pay-first orders still `pending_payment`, and those that `expired` unpaid,
 *   never count.
 * - refunded sale: reached the kitchen (placed_at set), was paid and then cancelled, so its money went back
 *   (payment_status refund_pending or refunded). It stays in gross and its total comes off as a refund.
 * - never a sale: an order that never reached the kitchen — cancelled or expired before it was paid. A
 *   payment arriving afterwards is refunded automatically; that money only passes through, so it is in
 *   neither gross nor refunds (the order still shows its payment status, and counts as a cancellation).
 * - gross = Σ subtotal of sales; discounts = Σ discount of sales; refunds = Σ total of refunded sales;
 *   net = gross − discounts − refunds, which equals Σ total of standing sales; tips (Σ tip of standing
 *   sales) are the diners' money for the staff and never part of sales.
 */
export const STANDING_STATUSES = ["placed", "accepted", "preparing", "ready", "completed"] as const;

export type SaleKind = "standing" | "refunded" | "none";

/**
 * The rule for one order in memory, for code that holds orders rather than querying them; the SQL
 * conditions and this are checked against each other on both databases (tests/integration/sale-rules.test.ts).
 */
export function saleKind(order: {
  status: string;
  paymentStatus: string;
  placedAt: number | null;
}): SaleKind {
  if ((STANDING_STATUSES as readonly string[]).includes(order.status)) return "standing";
  const refundedSale =
    order.status === "cancelled" && order.paymentStatus !== "unpaid" && order.placedAt !== null;
  return refundedSale ? "refunded" : "none";
}
