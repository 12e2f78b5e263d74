import type { Order } from "@tabletap/shared";
import { Link } from "wouter";
import { AlertIcon, QrIcon, StarIcon } from "../../components/Icons";
import { CheckIcon } from "../../components/PageIcons";
import { LoadingScreen, StatusScreen } from "../../components/StatusScreen";
import { getStoredOrder, type StoredOrder } from "../../lib/orderStore";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { t } from "../language/i18n";
import "../language/pageWords";
import { LanguageSwitch } from "../language/LanguageSwitch";
import { RateLine } from "./RateLine";
import { useRateForm } from "./useRateForm";
import { useRatings } from "./useRatings";
import "./rating.css";

/** `/orders/:id/rate`: the diner who placed a completed order gives each dish 1–5 stars. */
export function RatePage({ orderId }: { orderId: string }) {
  useDocumentTitle(t("rating.title"));
  const stored = getStoredOrder(orderId);
  if (!stored) {
    return (
      <StatusScreen icon={<QrIcon />} title={t("order.notOnDeviceTitle")} tone="warning">
        <p>{t("order.notOnDeviceBody")}</p>
      </StatusScreen>
    );
  }
  return <RateOrder orderId={orderId} stored={stored} />;
}

function RateOrder({ orderId, stored }: { orderId: string; stored: StoredOrder }) {
  const loaded = useRatings(orderId, stored.orderToken);
  const orderPath = `/orders/${encodeURIComponent(orderId)}`;
  if (loaded.state === "loading") return <LoadingScreen label={t("common.loading")} />;
  if (loaded.state === "failed") {
    return (
      <StatusScreen
        icon={<AlertIcon />}
        title={t("order.loadFailedTitle")}
        tone="warning"
        action={
          <button type="button" className="primary-button" onClick={loaded.retry}>
            {t("common.retry")}
          </button>
        }
      >
        <p>{loaded.message}</p>
      </StatusScreen>
    );
  }
  if (loaded.order.status !== "completed") {
    return (
      <StatusScreen
        icon={<StarIcon />}
        title={t("rating.notCompletedTitle")}
        action={
          <Link href={orderPath} className="secondary-button">
            {t("rating.backToOrder")}
          </Link>
        }
      >
        <p>{t("rating.notCompletedBody")}</p>
      </StatusScreen>
    );
  }
  return <RateForm order={loaded.order} stored={stored} loaded={loaded} orderPath={orderPath} />;
}

function RateForm(props: {
  order: Order;
  stored: StoredOrder;
  loaded: Extract<ReturnType<typeof useRatings>, { state: "ready" }>;
  orderPath: string;
}) {
  const { order, stored, loaded, orderPath } = props;
  const form = useRateForm({
    order,
    orderToken: stored.orderToken,
    ratings: loaded.ratings,
    onRated: loaded.setRatings,
  });
  const ratedByLine = new Map(loaded.ratings.map((rating) => [rating.lineId, rating]));
  const allRated = order.lines.every((line) => ratedByLine.has(line.id));
  return (
    <div className="order-page rate-page">
      <header className="order-header">
        <p className="order-header__shop">{t("rating.title")}</p>
        <p className="order-header__place">
          {stored.shopName} · {t("history.pickup", { pickup: `#${order.pickupNumber}` })}
        </p>
        <div className="screen-corner">
          <LanguageSwitch />
        </div>
      </header>
      <main className="order-main">
        {form.justSent || allRated ? (
          <p className="rate-thanks" role="status">
            <CheckIcon />
            {t("rating.thanks")}
          </p>
        ) : (
          <p className="rate-intro">{t("rating.intro", { shop: stored.shopName })}</p>
        )}
        <form className="card" onSubmit={form.submit} aria-label={t("rating.title")}>
          <ul className="rate-lines">
            {order.lines.map((line) => (
              <RateLine
                key={line.id}
                line={line}
                rated={ratedByLine.get(line.id)}
                draft={form.drafts[line.id] ?? { comment: "" }}
                onChange={(draft) => form.setDraft(line.id, draft)}
              />
            ))}
          </ul>
          {allRated ? null : (
            <>
              {form.error ? (
                <p className="rate-error" role="alert">
                  {form.error}
                </p>
              ) : null}
              <button type="submit" className="primary-button" disabled={form.sending || form.pending === 0}>
                {form.sending
                  ? t("rating.sending")
                  : form.pending === 0
                    ? t("rating.pickStars")
                    : t("rating.send")}
              </button>
            </>
          )}
        </form>
        <Link href={orderPath} className="secondary-button">
          {t("rating.backToOrder")}
        </Link>
      </main>
    </div>
  );
}
