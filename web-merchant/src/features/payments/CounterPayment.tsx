import { counterTenders, type MarkPaidRequest, type Order, parseMoney } from "@tabletap/shared";
import { useId, useState } from "react";

export type MarkPaid = (order: Order, tender: MarkPaidRequest["tender"], tip?: number) => Promise<boolean>;

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
export function CounterPayment(props: { order: Order; onMarkPaid: MarkPaid; withTip?: boolean }) {
  const { order, onMarkPaid, withTip = false } = props;
  const [pending, setPending] = useState(false);
  const [tipText, setTipText] = useState("");
  const tipId = useId();
  const tip = tipText.trim() === "" ? 0 : parseMoney(tipText, order.currency);
  const badTip = tip === null || tip > order.total;

  async function markPaid(tender: MarkPaidRequest["tender"]) {
    if (badTip) return;
    setPending(true);
    await onMarkPaid(order, tender, tip > 0 ? tip : undefined);
    setPending(false);
  }

  return (
    <fieldset
      className="counter-pay"
      disabled={pending}
      aria-label={`Take payment for order ${order.pickupNumber}`}
    >
      {withTip && (
        // The tip the diner added at the till: recorded with the payment, kept out of sales.
        <label className="counter-pay__tip" htmlFor={tipId}>
          Tip
          <input
            id={tipId}
            inputMode="decimal"
            placeholder="0.00"
            value={tipText}
            aria-invalid={badTip || undefined}
            data-testid="counter-tip"
            onChange={(event) => setTipText(event.target.value)}
          />
        </label>
      )}
      {counterTenders.map((tender) => (
        <button
          key={tender}
          type="button"
          className="button button-pay"
          disabled={badTip}
          onClick={() => void markPaid(tender)}
        >
          {tenderLabels[tender]}
        </button>
      ))}
    </fieldset>
  );
}
