import type { PaymentMode } from "@tabletap/shared";
import { useEffect } from "react";
import { AlertIcon } from "../../components/Icons";
import { Sheet } from "../../components/Sheet";
import { useMoney } from "../../lib/money";
import { text } from "../../lib/text";
import { loadOrderPage } from "../order/lazyOrderPage";
import { PaymentChoice } from "../payments/PaymentChoice";
import { offersChoice, paymentMethodFor } from "../payments/paymentMethod";
import { CartLineRow } from "./CartLineRow";
import type { PricedCart } from "./priceCart";
import type { CartApi } from "./useCart";
import type { PlaceOrderState } from "./usePlaceOrder";

const ORDER_NOTE_MAX = 300;

interface CartSheetProps {
  cart: CartApi;
  priced: PricedCart;
  placeLabel: string;
  paymentMode: PaymentMode;
  order: PlaceOrderState;
  onClose: () => void;
}

export function CartSheet({ cart, priced, placeLabel, paymentMode, order, onClose }: CartSheetProps) {
  const { format } = useMoney();
  const payment = paymentMethodFor(paymentMode, cart.cart.payment);
  const total = format(priced.total);
  const idleLabel = payment === "online" ? text.cart.continueToPayment(total) : text.cart.placeOrder(total);
  const buttonLabel =
    order.stage === "placing"
      ? text.cart.placing
      : order.stage === "paying"
        ? text.cart.openingPayment
        : idleLabel;
  // Fetch the order page while the diner reviews the cart, so "Place order" lands on it without a wait.
  useEffect(() => void loadOrderPage(), []);
  const footer = (
    <>
      {order.error ? (
        <p className="form-error" role="alert">
          <AlertIcon />
          <span>{order.error}</span>
        </p>
      ) : null}
      {offersChoice(paymentMode) ? (
        <PaymentChoice value={payment} onChange={cart.setPayment} disabled={order.submitting} />
      ) : null}
      <div className="cart-total">
        <span>{text.cart.total}</span>
        <span className="cart-total__amount">{total}</span>
      </div>
      <button
        type="button"
        className="primary-button"
        data-testid="place-order"
        disabled={!priced.canOrder || order.submitting}
        aria-busy={order.submitting}
        onClick={() => void order.place()}
      >
        {buttonLabel}
      </button>
      <p className="cart-pay-hint" data-testid="pay-hint">
        {payment === "online" ? text.cart.payOnline : text.cart.payAtCounter}
      </p>
    </>
  );

  return (
    <Sheet title={text.cart.title} subtitle={placeLabel} onClose={onClose} footer={footer}>
      {priced.lines.length === 0 ? (
        <p className="empty-hint">{text.cart.empty}</p>
      ) : (
        <ul className="cart-lines">
          {priced.lines.map((line) => (
            <CartLineRow
              key={line.line.key}
              priced={line}
              onQuantity={(quantity) => cart.setQuantity(line.line.key, quantity)}
              onRemove={() => cart.remove(line.line.key)}
            />
          ))}
        </ul>
      )}
      <label className="field">
        <span className="field__label">{text.cart.orderNoteLabel}</span>
        <textarea
          className="field__input"
          rows={2}
          maxLength={ORDER_NOTE_MAX}
          value={cart.cart.note}
          placeholder={text.cart.orderNotePlaceholder}
          onChange={(event) => cart.setNote(event.target.value)}
        />
      </label>
    </Sheet>
  );
}
