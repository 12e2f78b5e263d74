import { formatMoney, type Order } from "@tabletap/shared";
import { memo, useEffect, useRef } from "react";
import { formatClockTime } from "../../lib/time";
import { CounterPayment, type MarkPaid, owesAtCounter } from "../payments/CounterPayment";
import { PaymentTag } from "../payments/PaymentTag";
import { Elapsed } from "./Elapsed";
import { type ChangeStatus, OrderActions } from "./OrderActions";
import { OrderLines } from "./OrderLines";

export interface OrderCardProps {
  order: Order;
  fresh: boolean;
  error: string | undefined;
  locale: string;
  timeZone: string;
  onChangeStatus: ChangeStatus;
  onMarkPaid: MarkPaid;
}

const isFinished = (order: Order) => order.status === "completed" || order.status === "cancelled";

// Memoised: the board re-renders on every order event, but only the changed card needs to.
export const OrderCard = memo(function OrderCard(props: OrderCardProps) {
  const { order, error, locale, timeZone, onChangeStatus, onMarkPaid } = props;
  // The highlight means "nobody has taken this yet", so it ends as soon as someone accepts it.
  const fresh = props.fresh && order.status === "placed";
  const finished = isFinished(order);
  const cardRef = useRef<HTMLElement>(null);
  useEffect(() => {
    // A new order may land below the fold of a long column; bring it into view once, when it arrives.
    if (fresh) cardRef.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [fresh]);
  const classes = ["order-card", `status-${order.status}`, fresh && "is-fresh", finished && "is-finished"];
  return (
    <article
      ref={cardRef}
      className={classes.filter(Boolean).join(" ")}
      data-testid="order-card"
      data-order-id={order.id}
      data-status={order.status}
      data-payment-status={order.paymentStatus}
      aria-label={`Order ${order.pickupNumber}, ${order.table.label}`}
    >
      <header className="order-head">
        <span className="pickup">
          <span className="pickup-hash" aria-hidden="true">
            #
          </span>
          <span data-testid="pickup-number">{order.pickupNumber}</span>
        </span>
        {finished ? (
          <time className="elapsed" dateTime={order.updatedAt} title="Finished at">
            {formatClockTime(order.updatedAt, locale, timeZone)}
          </time>
        ) : (
          <Elapsed since={order.createdAt} />
        )}
      </header>
      <div className="order-meta">
        <span className="table-label">{order.table.label}</span>
        {order.table.kind === "counter" && <span className="tag tag-takeaway">Takeaway</span>}
        <PaymentTag order={order} />
        {fresh && <span className="fresh-flag">New</span>}
      </div>
      <OrderLines order={order} />
      {owesAtCounter(order) && <CounterPayment order={order} onMarkPaid={onMarkPaid} />}
      <OrderActions
        order={order}
        error={error}
        onChangeStatus={onChangeStatus}
        summary={<span className="order-total">{formatMoney(order.total, order.currency, locale)}</span>}
      />
    </article>
  );
});
