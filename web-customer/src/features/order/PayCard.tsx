import type { PaymentStatus } from "@tabletap/shared";
import { CheckIcon, WalletIcon } from "../../components/Icons";
import { text } from "../../lib/text";

const copy: Record<PaymentStatus, { title: string; body: string; amountLabel: string }> = {
  unpaid: { title: text.order.payTitle, body: text.order.payBody, amountLabel: text.order.amountDue },
  paid: { title: text.order.paid, body: text.order.amountPaid, amountLabel: text.order.totalPaid },
  refund_pending: {
    title: text.order.refundPending,
    body: text.order.refundPendingBody,
    amountLabel: text.order.amountRefunded,
  },
  refunded: {
    title: text.order.refunded,
    body: text.order.refundedBody,
    amountLabel: text.order.amountRefunded,
  },
};

/** This slice takes payment at the counter: the card says how much to bring and flips once staff mark it paid. */
export function PayCard({ paymentStatus, amount }: { paymentStatus: PaymentStatus; amount: string }) {
  const { title, body, amountLabel } = copy[paymentStatus];
  const settled = paymentStatus !== "unpaid";
  return (
    <section
      className={`card pay-card${settled ? " pay-card--settled" : ""}`}
      aria-labelledby="pay-card-title"
    >
      <div className="pay-card__head">
        <span className="pay-card__icon" aria-hidden="true">
          {settled ? <CheckIcon /> : <WalletIcon />}
        </span>
        <div>
          <h2 id="pay-card-title" className="pay-card__title">
            {title}
          </h2>
          <p className="pay-card__body">{body}</p>
        </div>
      </div>
      <p className="pay-card__amount">
        <span>{amountLabel}</span>
        <span className="pay-card__figure">{amount}</span>
      </p>
    </section>
  );
}
