import { formatMoney, type Order } from "@tabletap/shared";
import { Link } from "wouter";
import { ReceiptIcon, StarIcon, TrashIcon } from "../../components/Icons";
import { text } from "../../lib/text";
import type { HistoryEntry } from "./useOrderHistory";

/** Orders that never got made or paid have no receipt. */
const hasReceipt = (order: Order) => order.status !== "pending_payment" && order.status !== "expired";

/** One past order: shop, when, how much, where it stands, and what the diner can do with it. */
export function HistoryEntryCard(props: {
  entry: HistoryEntry;
  order: Order | "unavailable" | undefined;
  opening: boolean;
  error: string | undefined;
  onReceipt: () => void;
  onRemove: () => void;
}) {
  const { entry, order, opening, error, onReceipt, onRemove } = props;
  const pickup = `#${entry.pickupNumber}`;
  const placed = new Intl.DateTimeFormat(entry.locale, {
    dateStyle: "medium",
    timeStyle: "short",
    ...(entry.timezone ? { timeZone: entry.timezone } : {}),
  }).format(new Date(entry.createdAt));
  const known = typeof order === "object" ? order : undefined;
  const itemCount = known?.lines.reduce((sum, line) => sum + line.quantity, 0) ?? 0;
  return (
    <li className="history-entry" data-testid="history-entry">
      <Link href={`/orders/${encodeURIComponent(entry.id)}`} className="history-entry__main">
        <span className="history-entry__top">
          <span className="history-entry__shop">{entry.shopName}</span>
          {known ? (
            <span className="history-entry__total">
              {formatMoney(known.total, known.currency, entry.locale)}
            </span>
          ) : null}
        </span>
        <span className="history-entry__meta">
          {text.history.pickup(pickup)} · <time dateTime={entry.createdAt}>{placed}</time>
          {known ? ` · ${text.history.items(itemCount)}` : ""}
        </span>
        <span className={`history-entry__status history-entry__status--${known?.status ?? "unknown"}`}>
          {known ? text.status[known.status] : order === "unavailable" ? text.history.statusUnknown : "…"}
        </span>
      </Link>
      <div className="history-entry__actions">
        {known && hasReceipt(known) ? (
          <button type="button" className="history-action" onClick={onReceipt} disabled={opening}>
            <ReceiptIcon />
            {opening ? text.receipt.opening : text.history.receipt}
          </button>
        ) : null}
        {known?.status === "completed" ? (
          <Link href={`/orders/${encodeURIComponent(entry.id)}/rate`} className="history-action">
            <StarIcon />
            {text.history.rate}
          </Link>
        ) : null}
        <button
          type="button"
          className="history-action history-action--remove"
          onClick={onRemove}
          aria-label={text.history.removeLabel(pickup)}
        >
          <TrashIcon />
          {text.history.remove}
        </button>
      </div>
      {error ? (
        <p className="history-entry__error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
