import type { OrderStatus } from "@tabletap/shared";

/** Payment states in which the diner's money reached the shop (a refund may have sent it back since). */
const moneyTaken = new Set(["paid", "refund_pending", "refunded"]);
/** Orders that ended without the diner owing anything. */
const closedUnowed: OrderStatus[] = ["cancelled", "expired"];

export interface ReceiptAmounts {
  amountPaid: number;
  amountRefunded: number;
  amountDue: number;
}

/**
 * What the receipt says about money, from the order's payment rows as they stand rather than from the
 * bill: a refunded order shows what came back, an order still to be paid at the counter shows nothing
 * paid and the bill as owed. A refund on its way counts as refunded only once the provider has done it.
 */
export function receiptAmounts(
  order: { status: OrderStatus; total: number; tip: number },
  payments: readonly { amount: number; status: string }[],
): ReceiptAmounts {
  const sum = (keep: (status: string) => boolean) =>
    payments.filter((payment) => keep(payment.status)).reduce((total, payment) => total + payment.amount, 0);
  const amountPaid = sum((status) => moneyTaken.has(status));
  const amountRefunded = sum((status) => status === "refunded");
  const owed = closedUnowed.includes(order.status) ? 0 : order.total + order.tip - amountPaid;
  return { amountPaid, amountRefunded, amountDue: Math.max(0, owed) };
}
