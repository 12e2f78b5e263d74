import type { Order } from "@tabletap/shared";
import { Link } from "wouter";
import { StarIcon } from "../../components/Icons";
import { ReceiptIcon } from "../../components/PageIcons";
import { t } from "../language/i18n";
import { useOpenReceipt } from "../receipt/useOpenReceipt";
import "./after-order.css";

/** Once an order is paid or done: its receipt (to keep or share) and, when completed, rating its dishes. */
export function AfterOrderCard({ order, orderToken }: { order: Order; orderToken: string }) {
  const receipt = useOpenReceipt();
  const completed = order.status === "completed";
  const paid = order.paymentStatus !== "unpaid";
  if (!completed && !(paid && order.status !== "expired")) return null;
  return (
    <section className="card after-order" aria-labelledby="after-order-title">
      <h2 id="after-order-title" className="card__title">
        {t("afterOrder.title")}
      </h2>
      <div className="after-order__actions">
        {completed ? (
          <Link
            href={`/orders/${encodeURIComponent(order.id)}/rate`}
            className="secondary-button after-order__button"
          >
            <StarIcon />
            {t("afterOrder.rate")}
          </Link>
        ) : null}
        <button
          type="button"
          className="secondary-button after-order__button"
          disabled={receipt.opening === order.id}
          onClick={() => receipt.open(order.id, orderToken)}
        >
          <ReceiptIcon />
          {receipt.opening === order.id ? t("receipt.opening") : t("afterOrder.receipt")}
        </button>
      </div>
      {receipt.error ? (
        <p className="after-order__error" role="alert">
          {receipt.error.message}
        </p>
      ) : null}
    </section>
  );
}
