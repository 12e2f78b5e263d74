import { formatMoney, type Order } from "@tabletap/shared";
import { Link, useLocation } from "wouter";
import { StarIcon } from "../../components/Icons";
import { ReceiptIcon, TrashIcon, WalletIcon } from "../../components/PageIcons";
import { shopTimeFormat } from "../../lib/shopTime";
import { t } from "../language/i18n";
import "../language/pageWords";
import { usePayNow } from "../payments/usePayNow";
import type { HistoryEntry } from "./useOrderHistory";

/** Orders that never got made or paid have no receipt. */
const hasReceipt = (order: Order) => order.status !== "pending_payment" && order.status !== "expired";

/** A pay-first order still waiting for its online payment: the diner can go back to the checkout from here. */
const awaitsPayment = (order: Order) =>
  order.status === "pending_payment" && order.paymentMethod === "online" && order.paymentStatus === "unpaid";

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
  const placed = shopTimeFormat(entry.timezone, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(entry.createdAt),
  );
  const known = typeof order === "object" ? order : undefined;
  const itemCount = known?.lines.reduce((sum, line) => sum + line.quantity, 0) ?? 0;
  return (
    <li className="history-entry" data-testid="history-entry">
      <Link href={`/orders/${encodeURIComponent(entry.id)}`} className="history-entry__main">
        <span className="history-entry__top">
          <span className="history-entry__shop">{entry.shopName}</span>
          {known ? (
            <span className="history-entry__total">
              {/* What the diner paid or will pay: the tip is charged on top of the order's total. */}
              {formatMoney(known.total + (known.tip ?? 0), known.currency, entry.locale)}
            </span>
          ) : null}
        </span>
        <span className="history-entry__meta">
          {t("history.pickup", { pickup })} · <time dateTime={entry.createdAt}>{placed}</time>
          {known ? ` · ${t("history.items", { count: itemCount })}` : ""}
        </span>
        <span className={`history-entry__status history-entry__status--${known?.status ?? "unknown"}`}>
          {known ? t(`status.${known.status}`) : order === "unavailable" ? t("history.statusUnknown") : "…"}
        </span>
      </Link>
      <div className="history-entry__actions">
        {known && awaitsPayment(known) ? <PayNowAction entry={entry} /> : null}
        {known && hasReceipt(known) ? (
          <button type="button" className="history-action" onClick={onReceipt} disabled={opening}>
            <ReceiptIcon />
            {opening ? t("receipt.opening") : t("history.receipt")}
          </button>
        ) : null}
        {known?.status === "completed" ? (
          <Link href={`/orders/${encodeURIComponent(entry.id)}/rate`} className="history-action">
            <StarIcon />
            {t("history.rate")}
          </Link>
        ) : null}
        <button
          type="button"
          className="history-action history-action--remove"
          onClick={onRemove}
          aria-label={t("history.removeLabel", { pickup })}
        >
          <TrashIcon />
          {t("history.remove")}
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

/** Reopens the order's checkout; if it turns out to be paid or expired meanwhile, the order page says which. */
function PayNowAction({ entry }: { entry: HistoryEntry }) {
  const [, navigate] = useLocation();
  const orderPath = `/orders/${encodeURIComponent(entry.id)}`;
  const payNow = usePayNow(entry.id, entry.orderToken, () => navigate(orderPath));
  return (
    <>
      <button
        type="button"
        className="history-action history-action--pay"
        data-testid="history-pay-now"
        onClick={payNow.pay}
        disabled={payNow.busy}
        aria-busy={payNow.busy}
      >
        <WalletIcon />
        {payNow.busy ? t("order.openingPayment") : t("order.payNow")}
      </button>
      {payNow.error ? (
        <p className="history-entry__error" role="alert">
          {payNow.error}
        </p>
      ) : null}
    </>
  );
}
