import {
  formatMoney,
  type Order,
  type OrderHistoryEntry,
  type OrderStatus,
  placedTime,
} from "@tabletap/shared";
import { useEffect, useRef, useState } from "react";
import { Link } from "wouter";
import { formatClockTime } from "../../lib/time";
import { useStaffSession } from "../auth/session";
import { CounterPayment, owesAtCounter } from "../payments/CounterPayment";
import { PaymentTag } from "../payments/PaymentTag";
import { boardApi } from "./boardApi";
import { CancelForm } from "./CancelForm";
import { Elapsed } from "./Elapsed";
import { OrderActions } from "./OrderActions";
import { useOrderFeed } from "./OrderFeedProvider";

export const statusNames: Record<OrderStatus, string> = {
  pending_payment: "Waiting for payment",
  placed: "New",
  accepted: "Accepted",
  preparing: "Preparing",
  ready: "Ready",
  completed: "Completed",
  cancelled: "Cancelled",
  expired: "Expired",
};

/** One order in full, over the board: lines, notes, table, times, payment, and what can be done next. */
export function OrderDetail(props: { order: Order; startCancelling: boolean; onClose: () => void }) {
  const { order, onClose } = props;
  const { changeStatus, approve, markPaid, actionErrors } = useOrderFeed();
  const [cancelling, setCancelling] = useState(props.startCancelling);
  const history = useHistory(order);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { locale, timeZone } = useShopFormat();
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const time = (iso: string) => formatClockTime(iso, locale, timeZone);
  const live = order.status !== "completed" && order.status !== "cancelled" && order.status !== "expired";

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the backdrop tap mirrors Escape, which the dialog handles itself
    <dialog
      ref={dialogRef}
      className="order-detail"
      data-testid="order-detail"
      aria-labelledby="order-detail-title"
      onClose={onClose}
      onClick={(event) => {
        // A tap on the dimmed backdrop (the dialog element itself, outside its panel) closes it.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className={`detail-panel status-${order.status}`}>
        <header className="detail-head">
          <h2 id="order-detail-title">
            <span className="detail-pickup">#{order.pickupNumber}</span>
            <span className="table-label">{order.table.label}</span>
            {order.table.kind === "counter" && <span className="tag tag-takeaway">Takeaway</span>}
          </h2>
          <button type="button" className="button detail-close" onClick={onClose}>
            Close
          </button>
        </header>
        <div className="detail-body">
          <div className="detail-facts">
            <p>
              <span className="fact-label">Status</span>
              <strong data-testid="detail-status">
                {order.needsApproval && order.status === "placed" ? "To approve" : statusNames[order.status]}
              </strong>
            </p>
            <p>
              <span className="fact-label">Placed</span>
              <strong>{time(placedTime(order))}</strong>
              {live && <Elapsed since={placedTime(order)} />}
            </p>
            <p>
              <span className="fact-label">Payment</span>
              <PaymentTag order={order} />
            </p>
          </div>
          <ul className="detail-lines" aria-label="Items">
            {order.lines.map((line) => (
              <li key={line.id}>
                <span className="line-qty">{line.quantity} ×</span>
                <span className="detail-line-main">
                  <span className="line-main">{line.name}</span>
                  {line.options.length > 0 && (
                    <span className="line-options">
                      {line.options.map((option) => option.name).join(", ")}
                    </span>
                  )}
                  {line.note && (
                    <span className="line-note" data-testid="line-note">
                      {line.note}
                    </span>
                  )}
                </span>
                <span className="detail-line-price">
                  {formatMoney(line.lineTotal, order.currency, locale)}
                </span>
              </li>
            ))}
          </ul>
          {order.note && (
            <p className="order-note" data-testid="order-note">
              <span className="order-note-label">Note</span>
              {order.note}
            </p>
          )}
          {(order.discount ?? 0) > 0 && (
            <p className="detail-extra" data-testid="detail-discount">
              <span>Coupon {order.couponCode}</span>
              <span>−{formatMoney(order.discount ?? 0, order.currency, locale)}</span>
            </p>
          )}
          <p className="detail-total">
            <span>Total</span>
            <strong>{formatMoney(order.total, order.currency, locale)}</strong>
          </p>
          {(order.tip ?? 0) > 0 && (
            <p className="detail-extra" data-testid="detail-tip">
              <span>Tip (not in sales)</span>
              <span>{formatMoney(order.tip ?? 0, order.currency, locale)}</span>
            </p>
          )}
          {order.status === "cancelled" && order.cancelReason && (
            <p className="cancel-reason">
              <span className="order-note-label">Cancelled</span>
              {order.cancelReason}
            </p>
          )}
          {history.length > 0 && (
            <ol className="detail-history" aria-label="History">
              {history.map((entry) => (
                <li key={`${entry.to}-${entry.at}`}>
                  <time dateTime={entry.at}>{time(entry.at)}</time>
                  <span>
                    {statusNames[entry.to]}
                    {entry.byStaff && entry.from === null ? " · taken by staff" : ""}
                    {entry.reason ? ` — ${entry.reason}` : ""}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
        <footer className="detail-foot">
          {cancelling ? (
            <CancelForm
              order={order}
              onCancel={(details) => changeStatus(order, "cancelled", details)}
              onKeep={() => setCancelling(false)}
              error={actionErrors.get(order.id)}
            />
          ) : (
            <>
              {owesAtCounter(order) && <CounterPayment order={order} onMarkPaid={markPaid} withTip />}
              <div className="detail-actions">
                <Link href={`/orders/${order.id}/ticket`} className="button detail-print">
                  Print ticket
                </Link>
                <div className="detail-step">
                  <OrderActions
                    order={order}
                    error={actionErrors.get(order.id)}
                    onChangeStatus={changeStatus}
                    onApprove={approve}
                    onCancel={() => setCancelling(true)}
                    summary={null}
                  />
                </div>
              </div>
            </>
          )}
        </footer>
      </div>
    </dialog>
  );
}

/** The status history, read again whenever the order changes. */
function useHistory(order: Order): OrderHistoryEntry[] {
  const [history, setHistory] = useState<OrderHistoryEntry[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new seq means a new status change to read
  useEffect(() => {
    let stale = false;
    void boardApi.history(order.id).then((result) => {
      if (!stale && result.ok) setHistory(result.data);
    });
    return () => {
      stale = true;
    };
  }, [order.id, order.seq]);
  return history;
}

function useShopFormat() {
  const { shop } = useStaffSession();
  return { locale: shop.locale, timeZone: shop.timezone };
}
