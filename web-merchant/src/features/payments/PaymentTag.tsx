import type { Order, PaymentMethod } from "@tabletap/shared";

const statusLabels: Record<Order["paymentStatus"], string> = {
  unpaid: "Unpaid",
  paid: "Paid",
  refund_pending: "Refunding",
  refunded: "Refunded",
};

const methodLabels: Record<PaymentMethod, string> = {
  online: "online",
  counter: "at counter",
};

/** "Paid · online", "Unpaid · at counter": whether money is owed, and where it is (or was) taken. */
export function PaymentTag({ order }: { order: Pick<Order, "paymentStatus" | "paymentMethod"> }) {
  const { paymentStatus, paymentMethod } = order;
  return (
    <span
      className={`tag payment-tag tag-${paymentStatus}`}
      data-testid="payment-state"
      data-payment-status={paymentStatus}
      data-payment-method={paymentMethod}
    >
      <span className="payment-tag-status">{statusLabels[paymentStatus]}</span>
      <span className="payment-tag-method"> · {methodLabels[paymentMethod]}</span>
    </span>
  );
}
