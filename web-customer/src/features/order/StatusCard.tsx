import { isFinal, type Order, type OrderStatus } from "@tabletap/shared";
import { t } from "../language/i18n";
import { StatusProgress } from "./StatusProgress";
import type { Connection } from "./useLiveOrder";

const tone = (status: OrderStatus) =>
  status === "cancelled" || status === "expired" ? "stopped" : status === "ready" ? "ready" : "active";

type ShownOrder = Pick<
  Order,
  "status" | "paymentStatus" | "cancelReason" | "cancelReasonCode" | "needsApproval"
>;

/** Placed but held until staff open the table: the kitchen does not have it yet, so say so. */
const awaitingApproval = (order: ShownOrder) => order.status === "placed" && order.needsApproval === true;

/** An order paid after it expired is being (or was) refunded, so "nothing was charged" would be untrue. */
function detailFor(order: ShownOrder): string {
  const { status, paymentStatus } = order;
  if (awaitingApproval(order)) return t("awaitingApproval.detail");
  if (status === "expired" && (paymentStatus === "refund_pending" || paymentStatus === "refunded")) {
    return t(`expiredRefund.${paymentStatus}`);
  }
  return t(`statusDetail.${status}`);
}

/**
 * A preset reason reads in the diner's language; words staff typed themselves are shown as typed (plain
 * text, never markup) under a label that says they are the café's own.
 */
function CancelReason({ order }: { order: ShownOrder }) {
  const { cancelReasonCode: code, cancelReason: words } = order;
  if (!code && !words) return null;
  return (
    <p className="status-card__reason" data-testid="cancel-reason">
      <span className="status-card__reason-label">
        {code ? t("order.cancelReason") : t("order.cancelReasonWords")}
      </span>
      {code ? t(`cancelReasons.${code}`) : <q data-testid="cancel-reason-words">{words}</q>}
    </p>
  );
}

interface StatusCardProps {
  order: ShownOrder;
  connection: Connection;
}

export function StatusCard({ order, connection }: StatusCardProps) {
  const { status } = order;
  return (
    <section className={`card status-card status-card--${tone(status)}`} aria-labelledby="order-status-title">
      <h2 id="order-status-title" className="card__title">
        {t("order.statusHeading")}
      </h2>
      <div aria-live="polite">
        <p className="status-card__word" data-testid="order-status">
          {awaitingApproval(order) ? t("awaitingApproval.word") : t(`status.${status}`)}
        </p>
        <p className="status-card__detail">{detailFor(order)}</p>
        {status === "cancelled" ? <CancelReason order={order} /> : null}
      </div>
      <StatusProgress status={status} />
      {isFinal(status) ? null : (
        <p className={`live-indicator live-indicator--${connection}`}>
          <span className="live-indicator__dot" aria-hidden="true" />
          {connection === "offline" ? t("order.liveOff") : t("order.liveOn")}
        </p>
      )}
    </section>
  );
}
