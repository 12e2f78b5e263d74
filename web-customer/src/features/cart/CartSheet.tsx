import { useEffect } from "react";
import { AlertIcon } from "../../components/Icons";
import { Sheet } from "../../components/Sheet";
import { useMoney } from "../../lib/money";
import { text } from "../../lib/text";
import { loadOrderPage } from "../order/lazyOrderPage";
import { CartLineRow } from "./CartLineRow";
import type { PricedCart } from "./priceCart";
import type { CartApi } from "./useCart";
import type { PlaceOrderState } from "./usePlaceOrder";

const ORDER_NOTE_MAX = 300;

interface CartSheetProps {
  cart: CartApi;
  priced: PricedCart;
  placeLabel: string;
  order: PlaceOrderState;
  onClose: () => void;
}

export function CartSheet({ cart, priced, placeLabel, order, onClose }: CartSheetProps) {
  const { format } = useMoney();
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
      <div className="cart-total">
        <span>{text.cart.total}</span>
        <span className="cart-total__amount">{format(priced.total)}</span>
      </div>
      <button
        type="button"
        className="primary-button"
        data-testid="place-order"
        disabled={!priced.canOrder || order.submitting}
        aria-busy={order.submitting}
        onClick={() => void order.place()}
      >
        {order.submitting ? text.cart.placing : text.cart.placeOrder(format(priced.total))}
      </button>
      <p className="cart-pay-hint">{text.cart.payAtCounter}</p>
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
