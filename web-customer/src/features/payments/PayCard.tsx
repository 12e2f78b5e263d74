import type { Order } from "@tabletap/shared";
import { AlertIcon } from "../../components/Icons";
import { CheckIcon, WalletIcon } from "../../components/PageIcons";
import { t } from "../language/i18n";
import { usePayNow } from "./usePayNow";

interface Copy {
  title: string;
  body: string;
  amountLabel: string;
}

function copyFor({ paymentStatus, paymentMethod }: Order): Copy {
  const online = paymentMethod === "online";
  switch (paymentStatus) {
    case "unpaid":
      return online
        ? {
            title: t("order.payOnlineTitle"),
            body: t("order.payOnlineBody"),
            amountLabel: t("order.amountDue"),
          }
        : { title: t("order.payTitle"), body: t("order.payBody"), amountLabel: t("order.amountDue") };
    case "paid":
      return {
        title: t("order.paid"),
        body: online ? t("order.paidOnline") : t("order.amountPaid"),
        amountLabel: t("order.totalPaid"),
      };
    case "refund_pending":
      return {
        title: t("order.refundPending"),
        body: t("order.refundPendingBody"),
        amountLabel: t("order.amountRefunding"),
      };
    case "refunded":
      return {
        title: t("order.refunded"),
        body: t("order.refundedBody"),
        amountLabel: t("order.amountRefunded"),
      };
  }
}

interface PayCardProps {
  order: Order;
  orderToken: string;
  amount: string;
  /** Reloads the order, e.g. when "Pay now" finds it was paid meanwhile. */
  onRefresh: () => void;
}

/** How much, how and whether it is paid; a pay-first order still waiting gets the way back to the checkout. */
export function PayCard({ order, orderToken, amount, onRefresh }: PayCardProps) {
  const { title, body, amountLabel } = copyFor(order);
  const settled = order.paymentStatus !== "unpaid";
  const payable = order.status === "pending_payment" && order.paymentMethod === "online" && !settled;
  return (
    <section
      className={`card pay-card${settled ? " pay-card--settled" : ""}`}
      aria-labelledby="pay-card-title"
      data-payment-status={order.paymentStatus}
    >
      <div className="pay-card__head">
        <span className="pay-card__icon" aria-hidden="true">
          {settled ? <CheckIcon /> : <WalletIcon />}
        </span>
        <div>
          <h2 id="pay-card-title" className="pay-card__title" data-testid="payment-status">
            {title}
          </h2>
          <p className="pay-card__body">{body}</p>
        </div>
      </div>
      <p className="pay-card__amount">
        <span>{amountLabel}</span>
        <span className="pay-card__figure">{amount}</span>
      </p>
      {payable ? <PayNowButton order={order} orderToken={orderToken} onRefresh={onRefresh} /> : null}
    </section>
  );
}

function PayNowButton({ order, orderToken, onRefresh }: Omit<PayCardProps, "amount">) {
  const payNow = usePayNow(order.id, orderToken, onRefresh);
  return (
    <div className="pay-card__action">
      {payNow.error ? (
        <p className="form-error" role="alert">
          <AlertIcon />
          <span>{payNow.error}</span>
        </p>
      ) : null}
      <button
        type="button"
        className="primary-button"
        data-testid="pay-now"
        disabled={payNow.busy}
        aria-busy={payNow.busy}
        onClick={payNow.pay}
      >
        {payNow.busy ? t("order.openingPayment") : t("order.payNow")}
      </button>
      <p className="pay-card__hint">{t("order.justPaid")}</p>
    </div>
  );
}
