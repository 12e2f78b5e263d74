import { formatMoney, type Order } from "@tabletap/shared";
import type { CancelRefund } from "./cancelRefund";

/** Inside the cancel form: what happens to the guest's money, and for counter money the hand-back check. */
export function CancelRefundNotice(props: {
  order: Order;
  refund: CancelRefund;
  locale: string;
  handedBack: boolean;
  onHandedBack: (handedBack: boolean) => void;
}) {
  const { order, refund, locale } = props;
  if (refund.kind === "none") return null;
  const amount = formatMoney(refund.amount, order.currency, locale);
  if (refund.kind === "not_allowed") {
    return (
      <p className="refund-notice refund-notice--blocked" role="note" data-testid="refund-not-allowed">
        This order is paid: cancelling it refunds {amount}, so a manager or the owner must cancel it.
      </p>
    );
  }
  if (refund.kind === "online") {
    return (
      <p className="refund-notice" role="note">
        {amount} goes back to the guest's payment automatically.
      </p>
    );
  }
  return (
    <label className="refund-notice refund-notice--counter">
      <input
        type="checkbox"
        data-testid="handed-back"
        checked={props.handedBack}
        onChange={(event) => props.onHandedBack(event.target.checked)}
      />
      <span>
        Paid at the counter: hand <strong>{amount}</strong> back to the guest, then tick here.
      </span>
    </label>
  );
}
