import type { Order } from "@tabletap/shared";
import { useMoney } from "../../lib/money";
import { t } from "../language/i18n";

/** What was ordered, with the names and prices the server snapshotted when the order was placed. */
export function OrderLines({ order }: { order: Order }) {
  const { format } = useMoney();
  const discount = order.discount ?? 0;
  const tip = order.tip ?? 0;
  return (
    <section className="card" aria-labelledby="order-items-title">
      <h2 id="order-items-title" className="card__title">
        {t("order.itemsTitle")}
      </h2>
      <ul className="order-lines">
        {order.lines.map((line) => (
          <li key={line.id} className="order-line">
            <span className="order-line__quantity">{line.quantity}×</span>
            <div className="order-line__main">
              <p className="order-line__name">{line.name}</p>
              {line.options.length > 0 ? (
                <p className="order-line__options">{line.options.map((option) => option.name).join(" · ")}</p>
              ) : null}
              {line.note ? <p className="order-line__note">“{line.note}”</p> : null}
            </div>
            <span className="order-line__price">{format(line.lineTotal)}</span>
          </li>
        ))}
      </ul>
      {order.note ? <p className="order-note">“{order.note}”</p> : null}
      {discount > 0 ? (
        <dl className="order-extras" data-testid="order-discount">
          <div>
            <dt>{t("orderExtras.subtotal")}</dt>
            <dd>{format(order.subtotal)}</dd>
          </div>
          <div className="order-extras__discount">
            <dt>{t("orderExtras.discount", { code: order.couponCode ?? "" })}</dt>
            <dd>−{format(discount)}</dd>
          </div>
        </dl>
      ) : null}
      <div className="order-total">
        <span>{t("order.total")}</span>
        <span>{format(order.total)}</span>
      </div>
      {tip > 0 ? (
        <dl className="order-extras" data-testid="order-tip">
          <div>
            <dt>{t("orderExtras.tip")}</dt>
            <dd>{format(tip)}</dd>
          </div>
          <div className="order-extras__strong">
            <dt>{t("orderExtras.totalWithTip")}</dt>
            <dd>{format(order.total + tip)}</dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}
