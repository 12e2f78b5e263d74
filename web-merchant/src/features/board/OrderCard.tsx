import { formatMoney, type Order, placedTime } from "@tabletap/shared";
import { type MouseEvent, memo, useEffect, useRef } from "react";
import { formatClockTime } from "../../lib/time";
import { CounterPayment, type MarkPaid, owesAtCounter } from "../payments/CounterPayment";
import { PaymentTag } from "../payments/PaymentTag";
import type { Urgency } from "./alerts";
import { Elapsed } from "./Elapsed";
import { type Approve, type ChangeStatus, OrderActions } from "./OrderActions";
import { OrderLines } from "./OrderLines";
import { StationDone } from "./stations/StationDone";

export type OpenOrder = (order: Order, mode?: "cancel") => void;

export interface OrderCardProps {
  order: Order;
  urgency: Urgency;
  error: string | undefined;
  locale: string;
  timeZone: string;
  escalateAfterMs: number;
  onChangeStatus: ChangeStatus;
  onApprove: Approve;
  onMarkPaid: MarkPaid;
  /** Tapping a card opens its detail, which also acknowledges its alert. */
  onOpen: OpenOrder;
  station?: { id: string; name: string } | undefined;
  onStationDone?: ((order: Order) => void) | undefined;
}

const isFinished = (order: Order) => order.status === "completed" || order.status === "cancelled";

// Taps on the card's own controls do their job; a tap anywhere else opens the order.
const fromControl = (event: MouseEvent) =>
  event.target instanceof Element &&
  event.target.closest("button, a, input, select, textarea, summary") !== null;

// Memoised: the board re-renders on every order event and clock tick, but only a changed card needs to.
export const OrderCard = memo(function OrderCard(props: OrderCardProps) {
  const { order, urgency, error, locale, timeZone, escalateAfterMs, onOpen } = props;
  const alerting = urgency === "new" || urgency === "escalated";
  const late = urgency === "escalated" || urgency === "late";
  const finished = isFinished(order);
  const cardRef = useRef<HTMLElement>(null);
  const fresh = urgency === "new";
  useEffect(() => {
    // A new order may land below the fold of a long column; bring it into view once, when it arrives,
    // unless part of it shows already (scrolling would push the lane's oldest, perhaps late, orders away).
    const card = cardRef.current;
    const lane = card?.parentElement?.getBoundingClientRect();
    if (fresh && card && lane && card.getBoundingClientRect().top >= lane.bottom - 24) {
      card.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
  }, [fresh]);
  const classes = [
    "order-card",
    `status-${order.status}`,
    fresh && "is-fresh",
    late && "is-escalated",
    alerting && "is-alerting",
    finished && "is-finished",
  ];
  const limits =
    order.status === "placed" ? { warnMs: escalateAfterMs * 0.6, lateMs: escalateAfterMs } : undefined;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the pickup number is the card's keyboard-reachable button
    <article
      ref={cardRef}
      className={classes.filter(Boolean).join(" ")}
      data-testid="order-card"
      data-order-id={order.id}
      data-status={order.status}
      data-urgency={urgency}
      data-payment-status={order.paymentStatus}
      aria-label={`Order ${order.pickupNumber}, ${order.table.label}`}
      onClick={(event) => {
        if (!fromControl(event)) onOpen(order);
      }}
    >
      <header className="order-head">
        <button
          type="button"
          className="pickup"
          aria-label={`Open order ${order.pickupNumber}`}
          onClick={() => onOpen(order)}
        >
          <span className="pickup-hash" aria-hidden="true">
            #
          </span>
          <span data-testid="pickup-number">{order.pickupNumber}</span>
        </button>
        {finished ? (
          <time className="elapsed" dateTime={order.updatedAt} title="Finished at">
            {formatClockTime(order.updatedAt, locale, timeZone)}
          </time>
        ) : (
          <Elapsed since={placedTime(order)} {...(limits ? { limits } : {})} />
        )}
      </header>
      <div className="order-meta">
        <span className="table-label">{order.table.label}</span>
        {order.table.kind === "counter" && <span className="tag tag-takeaway">Takeaway</span>}
        <PaymentTag order={order} />
        {fresh && <span className="fresh-flag">New</span>}
        {late && (
          <span className="late-flag" data-testid="late-flag">
            Late · not accepted
          </span>
        )}
      </div>
      <OrderLines order={order} />
      {props.station && props.onStationDone && (
        <StationDone order={order} station={props.station} onDone={props.onStationDone} />
      )}
      {order.status === "cancelled" && order.cancelReason && (
        <p className="cancel-reason">
          <span className="order-note-label">Cancelled</span>
          {order.cancelReason}
        </p>
      )}
      {owesAtCounter(order) && <CounterPayment order={order} onMarkPaid={props.onMarkPaid} />}
      <OrderActions
        order={order}
        error={error}
        onChangeStatus={props.onChangeStatus}
        onApprove={props.onApprove}
        onCancel={(target) => onOpen(target, "cancel")}
        summary={<span className="order-total">{formatMoney(order.total, order.currency, locale)}</span>}
      />
    </article>
  );
});
