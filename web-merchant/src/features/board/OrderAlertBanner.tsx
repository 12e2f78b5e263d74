import { useLocation } from "wouter";
import "./alert-banner.css";
import { useOrderAlerts } from "./OrderAlertsProvider";

/**
 * The flashing strip under the top bar while an alert sounds, on every page of the console. One big
 * button silences it on this board; the orders stay highlighted in their lane until someone accepts them.
 */
export function OrderAlertBanner() {
  const { alert, acknowledge, escalateAfterMs } = useOrderAlerts();
  const [location, navigate] = useLocation();
  if (alert.level === null) return null;
  const numbers = (urgency: "new" | "escalated") =>
    alert.alerting
      .filter((entry) => entry.urgency === urgency)
      .map((entry) => `#${entry.order.pickupNumber}`);
  const late = numbers("escalated");
  const fresh = numbers("new");
  const minutes = Math.round(escalateAfterMs / 60_000);
  const lateText = late.length > 0 && `Not accepted after ${minutes} min: ${late.join(", ")}`;
  const freshText =
    fresh.length > 0 && `${fresh.length === 1 ? "New order" : "New orders"}: ${fresh.join(", ")}`;
  return (
    <div
      className={`order-alert order-alert-${alert.level}`}
      role="alert"
      data-testid="order-alert"
      data-level={alert.level}
    >
      <span className="order-alert-icon" aria-hidden="true" />
      <p className="order-alert-text">
        <strong>{lateText || freshText}</strong>
        {lateText && freshText && <span className="order-alert-more">{freshText}</span>}
      </p>
      {location !== "/" && (
        <button type="button" className="button order-alert-open" onClick={() => navigate("/")}>
          Show board
        </button>
      )}
      <button
        type="button"
        className="button order-alert-ack"
        onClick={() => acknowledge(alert.alerting.map((entry) => entry.order))}
      >
        Acknowledge
      </button>
    </div>
  );
}
