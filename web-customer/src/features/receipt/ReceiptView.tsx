import type { Receipt } from "@tabletap/shared";
import { useMoney } from "../../lib/money";
import { shopTimeFormat } from "../../lib/shopTime";
import { t } from "../language/i18n";
import { paymentLabel } from "./paymentLabel";

/** The receipt itself: what was bought, for how much, and how it was paid — and nothing about who. */
export function ReceiptView({ receipt }: { receipt: Receipt }) {
  const { format, formatDelta } = useMoney();
  const { shop } = receipt;
  const placedAt = shopTimeFormat(shop.timezone, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(receipt.placedAt),
  );
  return (
    <article className="receipt" aria-labelledby="receipt-shop">
      <header className="receipt__head">
        <p className="receipt__kind">{t("receipt.title")}</p>
        <h1 id="receipt-shop" className="receipt__shop">
          {shop.name}
        </h1>
        <p className="receipt__meta">
          <span>{t("receipt.order", { pickup: `#${receipt.pickupNumber}` })}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={receipt.placedAt}>{placedAt}</time>
        </p>
        {receipt.status === "cancelled" ? (
          <p className="receipt__cancelled">{t("receipt.cancelled")}</p>
        ) : null}
      </header>
      <ul className="receipt__lines">
        {receipt.lines.map((line, index) => (
          // Lines carry no id on a receipt (nothing to point back at the order); their order is fixed.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders.
          <li key={index} className="receipt-line">
            <span className="receipt-line__quantity">{line.quantity}×</span>
            <div className="receipt-line__main">
              <p className="receipt-line__name">{line.name}</p>
              {line.options.map((option) => (
                <p key={option.name} className="receipt-line__option">
                  {option.name}
                  {option.priceDelta !== 0 ? ` ${formatDelta(option.priceDelta)}` : ""}
                </p>
              ))}
            </div>
            <span className="receipt-line__price">{format(line.lineTotal)}</span>
          </li>
        ))}
      </ul>
      <dl className="receipt__totals">
        <div>
          <dt>{t("receipt.subtotal")}</dt>
          <dd>{format(receipt.subtotal)}</dd>
        </div>
        {receipt.discount > 0 ? (
          <div className="receipt__discount">
            <dt>{t("receipt.discount")}</dt>
            <dd>{formatDelta(-receipt.discount)}</dd>
          </div>
        ) : null}
        {receipt.tip > 0 ? (
          <div>
            <dt>{t("receipt.tip")}</dt>
            <dd>{format(receipt.tip)}</dd>
          </div>
        ) : null}
        <div className="receipt__total">
          <dt>{t("receipt.total")}</dt>
          <dd data-testid="receipt-total">{format(receipt.total + receipt.tip)}</dd>
        </div>
        {receipt.amountPaid > 0 ? (
          <div>
            <dt>{t("receipt.paid")}</dt>
            <dd data-testid="receipt-paid">{format(receipt.amountPaid)}</dd>
          </div>
        ) : null}
        {receipt.amountRefunded > 0 ? (
          <div>
            <dt>{t("receipt.refundedAmount")}</dt>
            <dd data-testid="receipt-refunded">{formatDelta(-receipt.amountRefunded)}</dd>
          </div>
        ) : null}
        {receipt.amountDue > 0 ? (
          <div>
            <dt>{t("receipt.due")}</dt>
            <dd data-testid="receipt-due">{format(receipt.amountDue)}</dd>
          </div>
        ) : null}
        <div className="receipt__payment">
          <dt>{t("receipt.payment")}</dt>
          <dd>{paymentLabel(receipt)}</dd>
        </div>
      </dl>
    </article>
  );
}
