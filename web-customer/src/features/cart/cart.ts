import { MAX_QUANTITY, type PaymentMethod, randomId } from "@tabletap/shared";

/** What the diner chose. Prices are never stored: they are worked out from the current menu. */
export interface CartLine {
  key: string;
  itemId: string;
  /** Shown when the item has left the menu since it was added, so the diner knows what to remove. */
  name: string;
  optionIds: string[];
  quantity: number;
  note: string;
  /** Who at the table added it, in a table's shared cart. */
  addedBy?: string;
}

export interface Cart {
  lines: CartLine[];
  note: string;
  /** How the diner chose to pay, in a shop that offers both; `null` until they pick. */
  payment: PaymentMethod | null;
  /**
   * Idempotency key of the submission in progress. Made on the first "Place order" tap and kept until the
   * cart changes, so a double tap, a retry or a reload mid-request can only ever create one order.
   */
  submissionKey: string | null;
  updatedAt: number;
}

export type NewCartLine = Omit<CartLine, "key">;

export const emptyCart = (): Cart => ({
  lines: [],
  note: "",
  payment: null,
  submissionKey: null,
  updatedAt: Date.now(),
});

// Any edit makes it a different order, which must not reuse the previous submission's key.
const edited = (cart: Cart, change: Partial<Cart>): Cart => ({
  ...cart,
  ...change,
  submissionKey: null,
  updatedAt: Date.now(),
});

const sameChoice = (a: NewCartLine, b: NewCartLine) =>
  a.itemId === b.itemId &&
  a.note === b.note &&
  a.optionIds.length === b.optionIds.length &&
  a.optionIds.every((id) => b.optionIds.includes(id));

const clampQuantity = (quantity: number) => Math.min(MAX_QUANTITY, Math.max(1, Math.round(quantity)));

/** Adding the same item with the same options and note again raises its quantity instead of a new line. */
export function addLine(cart: Cart, line: NewCartLine): Cart {
  const existing = cart.lines.find((candidate) => sameChoice(candidate, line));
  if (existing) return setLineQuantity(cart, existing.key, existing.quantity + line.quantity);
  return edited(cart, {
    lines: [...cart.lines, { ...line, quantity: clampQuantity(line.quantity), key: randomId() }],
  });
}

export function setLineQuantity(cart: Cart, key: string, quantity: number): Cart {
  const lines = cart.lines.map((line) =>
    line.key === key ? { ...line, quantity: clampQuantity(quantity) } : line,
  );
  return edited(cart, { lines });
}

export function removeLine(cart: Cart, key: string): Cart {
  return edited(cart, { lines: cart.lines.filter((line) => line.key !== key) });
}

export function setOrderNote(cart: Cart, note: string): Cart {
  return edited(cart, { note });
}

/** Paying another way is another order as far as the server is concerned, so it gets a new key too. */
export function setPayment(cart: Cart, payment: PaymentMethod): Cart {
  return cart.payment === payment ? cart : edited(cart, { payment });
}
