import type { CreateOrderRequest, PaymentMethod, PublicTable } from "@tabletap/shared";
import type { Cart } from "./cart";

/**
 * The order body: what was chosen, never what it costs. A counter QR orders takeaway, so its token goes
 * in `counterToken`; the server refuses the wrong one. The payment method is always sent, so a shop that
 * changed its payment mode since the menu loaded refuses the order instead of taking it another way.
 */
export function toOrderRequest(
  cart: Cart,
  table: PublicTable,
  token: string,
  payment: PaymentMethod,
): CreateOrderRequest {
  const note = cart.note.trim();
  return {
    ...(table.kind === "counter" ? { counterToken: token } : { tableToken: token }),
    lines: cart.lines.map((line) => {
      const lineNote = line.note.trim();
      return {
        itemId: line.itemId,
        quantity: line.quantity,
        optionIds: line.optionIds,
        ...(lineNote ? { note: lineNote } : {}),
      };
    }),
    ...(note ? { note } : {}),
    payment,
  };
}
