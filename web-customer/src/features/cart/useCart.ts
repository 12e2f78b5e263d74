import { type PaymentMethod, randomId, type SharedCartClaim } from "@tabletap/shared";
import { useEffect, useState } from "react";
import {
  addLine,
  type Cart,
  emptyCart,
  type NewCartLine,
  removeLine,
  setLineQuantity,
  setOrderNote,
  setPayment,
} from "./cart";
import { loadCart, saveCart } from "./cartStorage";

export interface CartApi {
  cart: Cart;
  add: (line: NewCartLine) => void;
  setQuantity: (key: string, quantity: number) => void;
  remove: (key: string) => void;
  setNote: (note: string) => void;
  setPayment: (payment: PaymentMethod) => void;
  /** The idempotency key for this cart's submission: the same one until the cart changes. */
  beginSubmission: () => string;
  clear: () => void;
  /** A table's shared cart: which version of it the order is (sent as `sharedCart`), so it is emptied for all. */
  sharedClaim?: () => SharedCartClaim;
  /** True while changes to a shared cart wait for the server: ordering waits until they are in. */
  pending?: boolean;
}

/** The cart for one table, kept in localStorage so a reload or a locked phone doesn't lose it. */
export function useCart(tableToken: string): CartApi {
  const [cart, setCart] = useState<Cart>(() => loadCart(tableToken));

  useEffect(() => saveCart(tableToken, cart), [tableToken, cart]);

  return {
    cart,
    add: (line) => setCart((current) => addLine(current, line)),
    setQuantity: (key, quantity) => setCart((current) => setLineQuantity(current, key, quantity)),
    remove: (key) => setCart((current) => removeLine(current, key)),
    setNote: (note) => setCart((current) => setOrderNote(current, note)),
    setPayment: (payment) => setCart((current) => setPayment(current, payment)),
    beginSubmission: () => {
      const key = cart.submissionKey ?? randomId();
      const next = { ...cart, submissionKey: key };
      // Saved before the request leaves, so a reload while it is in flight retries with the same key.
      saveCart(tableToken, next);
      setCart(next);
      return key;
    },
    clear: () => {
      const empty = emptyCart();
      // Saved now, not by the effect: clearing comes right before leaving the menu, and an unmounted
      // menu never runs that effect, so "Order more" would bring back this order and its idempotency key.
      saveCart(tableToken, empty);
      setCart(empty);
    },
  };
}
