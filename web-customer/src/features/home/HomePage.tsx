import { Link } from "wouter";
import { CupIcon } from "../../components/PageIcons";
import { listStoredOrders } from "../../lib/orderStore";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { t } from "../language/i18n";
import "../language/pageWords";
import { LanguageSwitch } from "../language/LanguageSwitch";
import "./home.css";

/** `/`: someone who opened the site without a QR code, or came back to find an order they placed. */
export function HomePage() {
  useDocumentTitle(undefined);
  const orders = listStoredOrders().slice(0, 5);
  return (
    <main className="status-screen">
      <div className="screen-corner">
        <LanguageSwitch />
      </div>
      <div className="status-screen__icon">
        <CupIcon />
      </div>
      <h1 className="status-screen__title">{t("home.title")}</h1>
      <p className="status-screen__body">{t("home.body")}</p>
      {orders.length > 0 ? (
        <section className="recent-orders" aria-labelledby="recent-orders-title">
          <h2 id="recent-orders-title" className="card__title">
            {t("home.recentOrders")}
          </h2>
          <ul>
            {orders.map((order) => (
              <li key={order.id}>
                <Link href={`/orders/${encodeURIComponent(order.id)}`} className="recent-orders__link">
                  {t("home.orderLink", { pickupLabel: `#${order.pickupNumber}`, shopName: order.shopName })}
                </Link>
              </li>
            ))}
          </ul>
          <Link href="/orders" className="recent-orders__all">
            {t("history.allOrders")}
          </Link>
        </section>
      ) : null}
    </main>
  );
}
