import type { PaymentMode } from "@tabletap/shared";
import { type ReactNode, useEffect } from "react";
import { AlertIcon } from "../../components/Icons";
import { Sheet } from "../../components/Sheet";
import { useMoney } from "../../lib/money";
import { CouponField } from "../coupons/CouponField";
import { t } from "../language/i18n";
import { loadOrderPage } from "../order/lazyOrderPage";
import { PaymentChoice } from "../payments/PaymentChoice";
import { offersChoice, paymentMethodFor } from "../payments/paymentMethod";
import { revealTipPicker, TipPicker } from "../payments/TipPicker";
import { CartLineRow } from "./CartLineRow";
import { PriceChangeNotice } from "./PriceChangeNotice";
import type { PricedCart } from "./priceCart";
import type { CartApi } from "./useCart";
import type { CheckoutExtras } from "./useCheckoutExtras";
import type { PlaceOrderState } from "./usePlaceOrder";
import { usePriceChanges } from "./usePriceChanges";

const ORDER_NOTE_MAX = 300;

interface CartSheetProps {
  cart: CartApi;
  priced: PricedCart;
  placeLabel: string;
  paymentMode: PaymentMode;
  order: PlaceOrderState;
  onClose: () => void;
  /** A table's shared cart: who shares it and this phone's name, shown above the lines. */
  intro?: ReactNode;
  /** This phone's nickname at a shared table. */
  you?: string | undefined;
  /** A refused change to a shared cart, in the server's words. */
  problem?: string | null;
  /** Promotion code and tip; without them the cart offers neither. */
  extras?: CheckoutExtras;
  /** The shop's currency, for a typed tip amount. */
  currency?: string;
}

export function CartSheet(props: CartSheetProps) {
  const { cart, priced, placeLabel, paymentMode, order, onClose, intro, you, problem, extras } = props;
  const { format } = useMoney();
  const priceChanges = usePriceChanges(priced.lines);
  const payment = paymentMethodFor(paymentMode, cart.cart.payment);
  const discount = extras?.discount ?? 0;
  const tip = extras?.tip ?? 0;
  const total = format(priced.total - discount + tip);
  const idleLabel =
    payment === "online"
      ? t("cart.continueToPayment", { price: total })
      : t("cart.placeOrder", { price: total });
  const buttonLabel =
    order.stage === "placing"
      ? t("cart.placing")
      : order.stage === "paying"
        ? t("cart.openingPayment")
        : idleLabel;
  // Fetch the order page while the diner reviews the cart, so "Place order" lands on it without a wait.
  // Offline it fails quietly: the order page's own loader retries once the diner is back.
  useEffect(() => void loadOrderPage().catch(() => undefined), []);
  const footer = (
    <>
      {order.error || problem ? (
        <p className="form-error" role="alert">
          <AlertIcon />
          <span>{order.error ?? problem}</span>
        </p>
      ) : null}
      {offersChoice(paymentMode) ? (
        <PaymentChoice value={payment} onChange={cart.setPayment} disabled={order.submitting} />
      ) : null}
      {discount > 0 || tip > 0 ? (
        <dl className="cart-breakdown" data-testid="cart-breakdown">
          <div>
            <dt>{t("coupon.subtotal")}</dt>
            <dd>{format(priced.total)}</dd>
          </div>
          {discount > 0 ? (
            <div className="cart-breakdown__discount" data-testid="cart-discount">
              <dt>{t("coupon.discount", { code: extras?.couponCode ?? "" })}</dt>
              <dd>−{format(discount)}</dd>
            </div>
          ) : null}
          {tip > 0 ? (
            <div data-testid="cart-tip">
              <dt>{t("tip.tip")}</dt>
              <dd>{format(tip)}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {extras && payment === "online" && tip === 0 && priced.lines.length > 0 ? (
        <button type="button" className="text-button cart-add-tip" onClick={revealTipPicker}>
          {t("tip.add")}
        </button>
      ) : null}
      <div className="cart-total">
        <span>{t("cart.total")}</span>
        <span className="cart-total__amount">{total}</span>
      </div>
      <button
        type="button"
        className="primary-button"
        data-testid="place-order"
        disabled={!priced.canOrder || order.submitting || cart.pending === true}
        aria-busy={order.submitting}
        onClick={() => void order.place()}
      >
        {buttonLabel}
      </button>
      <p className="cart-pay-hint" data-testid="pay-hint">
        {payment === "online" ? t("cart.payOnline") : t("cart.payAtCounter")}
      </p>
    </>
  );

  return (
    <Sheet title={t("cart.title")} subtitle={placeLabel} onClose={onClose} footer={footer}>
      {intro}
      <PriceChangeNotice
        changes={priceChanges.changes}
        format={format}
        onAcknowledge={priceChanges.acknowledge}
      />
      {priced.lines.length === 0 ? (
        <p className="empty-hint">{t("cart.empty")}</p>
      ) : (
        <ul className="cart-lines">
          {priced.lines.map((line) => (
            <CartLineRow
              key={line.line.key}
              priced={line}
              onQuantity={(quantity) => cart.setQuantity(line.line.key, quantity)}
              onRemove={() => cart.remove(line.line.key)}
              you={you}
            />
          ))}
        </ul>
      )}
      <label className="field">
        <span className="field__label">{t("cart.orderNoteLabel")}</span>
        <textarea
          className="field__input"
          rows={2}
          maxLength={ORDER_NOTE_MAX}
          value={cart.cart.note}
          placeholder={t("cart.orderNotePlaceholder")}
          onChange={(event) => cart.setNote(event.target.value)}
        />
      </label>
      {extras && priced.lines.length > 0 ? (
        <div className="cart-extras">
          <CouponField coupon={extras.coupon} disabled={order.submitting} />
          {payment === "online" ? (
            <TipPicker
              value={extras.tipChoice}
              onChange={extras.setTipChoice}
              base={priced.total - discount}
              currency={props.currency ?? "USD"}
              disabled={order.submitting}
            />
          ) : null}
        </div>
      ) : null}
    </Sheet>
  );
}
