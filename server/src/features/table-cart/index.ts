// A table's shared cart: its socket events, limits, and what an order claims or a failed payment restores.
// Imports menu and tables.

export { clearCart, loadCart } from "./cart.repository.js";
export { registerCartEvents } from "./cart.socket.js";
export { type CartLimit, createCartLimit } from "./cart-limit.js";
export { claimSharedCart } from "./claim-cart.js";
export { restoreSharedCart } from "./restore-cart.js";
