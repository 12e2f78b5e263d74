import { isFinal, type Order } from "@tabletap/shared";
import { Link } from "wouter";
import { useMoney } from "../../lib/money";
import type { StoredOrder } from "../../lib/orderStore";
import { placeLabel } from "../../lib/placeLabel";
import { shopTimeFormat } from "../../lib/shopTime";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { t } from "../language/i18n";
import { LanguageSwitch } from "../language/LanguageSwitch";
import { NotifyWhenReady } from "../notifications/NotifyWhenReady";
import { PayCard } from "../payments/PayCard";
import { AfterOrderCard } from "./AfterOrderCard";
import { OrderLines } from "./OrderLines";
import { ReadyBanner } from "./ReadyBanner";
import { StatusCard } from "./StatusCard";
import type { Connection } from "./useLiveOrder";
import { useWaitEstimate } from "./useWaitEstimate";
import { WaitCard } from "./WaitCard";

interface OrderViewProps {
  order: Order;
  stored: StoredOrder;
  connection: Connection;
  notified: boolean;
  onRefresh: () => void;
}

export function OrderView({ order, stored, connection, notified, onRefresh }: OrderViewProps) {
  const { format } = useMoney();
  const pickup = `#${order.pickupNumber}`;
  const statusWord = t(`status.${order.status}`);
  // The push may beat the status update; either one means "go to the counter" until the order is done.
  const showReady = order.status === "ready" || (notified && !isFinal(order.status));
  const stopped = order.status === "cancelled" || order.status === "expired";
  // Nothing is owed on an order that will never be made, so don't tell the diner to pay for it.
  const showPay = !(stopped && order.paymentStatus === "unpaid");
  // Offered only while there is still something to wait for; once ready, the banner above says it all.
  const offerNotify = !showReady && !isFinal(order.status);
  const pickupTone = showReady ? " pickup-card--ready" : stopped ? " pickup-card--stopped" : "";
  const placedAt = shopTimeFormat(stored.timezone, { hour: "2-digit", minute: "2-digit" }).format(
    new Date(order.createdAt),
  );
  const estimate = useWaitEstimate(order.id, stored.orderToken, order.status);
  useDocumentTitle(`${pickup} · ${showReady ? t("status.ready") : statusWord}`);

  return (
    <div className="order-page">
      <header className="order-header">
        <p className="order-header__shop">{stored.shopName}</p>
        <p className="order-header__place">{placeLabel(order.table)}</p>
        <div className="screen-corner">
          <LanguageSwitch />
        </div>
      </header>
      <main className="order-main">
        {showReady ? <ReadyBanner /> : null}
        <section className={`pickup-card${pickupTone}`} aria-label={t("order.pickupNumber")}>
          <p className="pickup-card__label">{t("order.pickupNumber")}</p>
          <p className="pickup-card__number" data-testid="pickup-number">
            {pickup}
          </p>
          <p className="pickup-card__meta">{t("order.placedAt", { time: placedAt })}</p>
        </section>
        <StatusCard order={order} connection={connection} />
        {estimate ? <WaitCard estimate={estimate} /> : null}
        {offerNotify ? <NotifyWhenReady orderId={order.id} orderToken={stored.orderToken} /> : null}
        {showPay ? (
          <PayCard
            order={order}
            orderToken={stored.orderToken}
            amount={format(order.total + (order.tip ?? 0))}
            onRefresh={onRefresh}
          />
        ) : null}
        <OrderLines order={order} />
        <AfterOrderCard order={order} orderToken={stored.orderToken} />
        <Link href={stored.menuPath} className="secondary-button">
          {t("order.orderMore")}
        </Link>
      </main>
    </div>
  );
}
