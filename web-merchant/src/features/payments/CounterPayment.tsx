import { counterTenders, type MarkPaidRequest, type Order } from "@tabletap/shared";
import { useState } from "react";

export type MarkPaid = (order: Order, tender: MarkPaidRequest["tender"]) => Promise<boolean>;

/** Button text per tender. Browser tests select buttons by this exact text. */
export const tenderLabels: Record<MarkPaidRequest["tender"], string> = {
  cash: "Paid cash",
  card: "Paid card",
};

/** Whether staff still have money to take for this order at the till. */
export const owesAtCounter = (order: Order): boolean =>
  order.paymentMethod === "counter" &&
  order.paymentStatus === "unpaid" &&
  order.status !== "cancelled" &&
  order.status !== "expired";

/** The till: one tap once the diner has paid, by cash or by card. */
export function CounterPayment({ order, onMarkPaid }: { order: Order; onMarkPaid: MarkPaid }) {
  const [pending, setPending] = useState(false);

  async function markPaid(tender: MarkPaidRequest["tender"]) {
    setPending(true);
    await onMarkPaid(order, tender);
    setPending(false);
  }

  return (
    <fieldset
      className="counter-pay"
      disabled={pending}
      aria-label={`Take payment for order ${order.pickupNumber}`}
    >
      {counterTenders.map((tender) => (
        <button
          key={tender}
          type="button"
          className="button button-pay"
          onClick={() => void markPaid(tender)}
        >
          {tenderLabels[tender]}
        </button>
      ))}
    </fieldset>
  );
}
