import { AlertIcon, QrIcon } from "../../components/Icons";
import { LoadingScreen, StatusScreen } from "../../components/StatusScreen";
import { MoneyProvider } from "../../lib/money";
import { getStoredOrder, type StoredOrder } from "../../lib/orderStore";
import { t } from "../language/i18n";
import { OrderView } from "./OrderView";
import { useLiveOrder } from "./useLiveOrder";

/** `/orders/:id`. Only the phone that placed the order holds its token, so only it can follow it. */
export function OrderPage({ orderId }: { orderId: string }) {
  const stored = getStoredOrder(orderId);
  if (!stored) {
    return (
      <StatusScreen icon={<QrIcon />} title={t("order.notOnDeviceTitle")} tone="warning">
        <p>{t("order.notOnDeviceBody")}</p>
      </StatusScreen>
    );
  }
  return <LiveOrderPage orderId={orderId} stored={stored} />;
}

function LiveOrderPage({ orderId, stored }: { orderId: string; stored: StoredOrder }) {
  const live = useLiveOrder(orderId, stored.orderToken);
  if (!live.order) {
    if (!live.error) return <LoadingScreen label={t("order.loading")} />;
    return (
      <StatusScreen
        icon={<AlertIcon />}
        title={t("order.loadFailedTitle")}
        tone="warning"
        action={
          <button type="button" className="primary-button" onClick={live.retry}>
            {t("common.retry")}
          </button>
        }
      >
        <p>{live.error}</p>
      </StatusScreen>
    );
  }
  return (
    <MoneyProvider currency={live.order.currency} locale={stored.locale}>
      <OrderView
        order={live.order}
        stored={stored}
        connection={live.connection}
        notified={live.notified}
        onRefresh={live.retry}
      />
    </MoneyProvider>
  );
}
