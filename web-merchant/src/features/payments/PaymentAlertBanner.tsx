import { describePaymentAlert } from "@tabletap/shared";
import { formatClockTime } from "../../lib/time";
import { useStaffSession } from "../auth/session";
import { usePaymentAlerts } from "./PaymentAlertsProvider";
import { alertKey, type BoardAlert } from "./paymentAlerts";

/** Problems with money are rarer than orders and matter more: they sit above the columns until dismissed. */
export function PaymentAlertBanner() {
  const { alerts, dismiss } = usePaymentAlerts();
  const { shop } = useStaffSession();
  if (alerts.length === 0) return null;
  return (
    <section className="payment-alerts" aria-label="Payment alerts" data-testid="payment-alerts">
      {alerts.map((alert) => (
        <PaymentAlertItem
          key={alertKey(alert)}
          alert={alert}
          locale={shop.locale}
          timeZone={shop.timezone}
          onDismiss={() => dismiss(alertKey(alert))}
        />
      ))}
    </section>
  );
}

function PaymentAlertItem(props: {
  alert: BoardAlert;
  locale: string;
  timeZone: string;
  onDismiss: () => void;
}) {
  const { alert, locale, timeZone, onDismiss } = props;
  const { title, detail } = describePaymentAlert(alert, locale);
  // A refund on its way needs no action, only an answer ready if the diner asks; the rest need someone.
  const tone = alert.reason === "late_payment_refunded" ? "notice" : "urgent";
  return (
    <div
      className={`payment-alert payment-alert-${tone}`}
      role="alert"
      data-testid="payment-alert"
      data-order-id={alert.orderId}
      data-reason={alert.reason}
    >
      <span className="payment-alert-pickup" aria-hidden="true">
        #{alert.pickupNumber}
      </span>
      <div className="payment-alert-text">
        <p className="payment-alert-head">
          <strong className="payment-alert-title">{title}</strong>
          <span className="payment-alert-where">
            {" "}
            · {alert.tableLabel} ·{" "}
            <time dateTime={alert.at}>{formatClockTime(alert.at, locale, timeZone)}</time>
          </span>
        </p>
        <p className="payment-alert-detail">{detail}</p>
      </div>
      <button
        type="button"
        className="button payment-alert-dismiss"
        onClick={onDismiss}
        aria-label={`Dismiss: ${title}, order ${alert.pickupNumber}`}
      >
        Dismiss
      </button>
    </div>
  );
}
