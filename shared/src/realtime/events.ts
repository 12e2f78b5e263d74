import type { Printer, PrintTicket } from "../kitchen/schemas.js";
import type { Translations } from "../menu/menu-text.js";
import type { MenuCategory, Shop } from "../menu/schemas.js";
import type { MerchantTable } from "../menu/tables.js";
import type { PaymentAlert } from "../notifications/schemas.js";
import type { BoardSettings } from "../orders/board.js";
import type { Order } from "../orders/schemas.js";
import type { TabSummary } from "../payments/tab-bill.js";
import type { DailySummary } from "../reports/schemas.js";
import type { ServiceRequest } from "../service-requests/schemas.js";
import type {
  CartAddLine,
  CartRemoveLine,
  CartSetQuantity,
  CartSubmission,
  TableCart,
} from "../tables/cart.js";

/** Namespaces: staff boards join `/merchant` (session cookie), diners join `/diner` (order token). */
export const MERCHANT_NAMESPACE = "/merchant";
export const DINER_NAMESPACE = "/diner";

/** Every client→server event answers through its ack with one of these. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

export interface MerchantServerToClient {
  /**
   * An order for the kitchen: placed directly, or a pay-first order once its payment is confirmed.
   * `order.seq` is the shop's change sequence. One with `needsApproval` (ordered from a table staff have
   * not opened) waits for approval first; its approval, or its cancellation, comes as `order:updated`.
   */
  "order:created": (order: Order) => void;
  /**
   * Any other change to one of this shop's orders, including a pay-first order created and waiting for
   * its payment (`pending_payment`), so every seq reaches the board; such an order is not the kitchen's yet.
   */
  "order:updated": (order: Order) => void;
  /**
   * A table or the counter changed: added, renamed, switched on or off, given a new QR code, or its
   * sitting opened or closed. Carries the whole table as `GET /api/merchant/tables` lists it.
   */
  "table:updated": (table: MerchantTable) => void;
  /** A manager changed how the shop's boards escalate waiting orders. */
  "board:settings-updated": (settings: BoardSettings) => void;
  /** A payment needs a person (see `PaymentAlert.reason`); the shop's owners are emailed the same news. */
  "payment:alert": (alert: PaymentAlert) => void;
  /** The end-of-day job stored a day's sales summary (managers and owners show it; see `reports.read`). */
  "report:day-closed": (summary: DailySummary) => void;
  /** A table called staff (water, the bill…); the board alerts until someone acknowledges it. */
  "service-request:created": (request: ServiceRequest) => void;
  /** A call was acknowledged, or turned urgent because nobody answered in the shop's minutes. */
  "service-request:updated": (request: ServiceRequest) => void;
  /** A print attempt found a receipt printer on or off, or staff changed it; the board shows its state. */
  "printer:updated": (printer: Printer) => void;
  /** A kitchen ticket printed, or could not be printed (`failed`: the board offers a reprint). */
  "print-ticket:updated": (ticket: PrintTicket) => void;
  /**
   * A table's bill changed: a part was opened, paid, lapsed or refunded, a round changed what is due, or
   * staff closed the tab. `state: "paid"` once nothing is left.
   */
  "tab:updated": (summary: TabSummary) => void;
}

// biome-ignore lint/complexity/noBannedTypes: the board only listens for now; the map is the extension point.
export type MerchantClientToServer = {};

export interface DinerNotification {
  kind: "order_ready";
  orderId: string;
  pickupNumber: number;
}

/** The shop's menu after a change, as `GET /api/tables/:token` would now list it. */
export interface MenuChange {
  /** The shop's menu version; a page keeps whichever of this and its last fetch is newer. */
  menuVersion: number;
  categories: MenuCategory[];
  /** The shop's name in every language it is written in. */
  shopNames?: Translations;
  /** Sent when the shop's own settings changed (payment mode, currency), so open pages take the new ones. */
  shop?: Shop;
}

export interface DinerServerToClient {
  "order:updated": (order: Order) => void;
  /**
   * Sent to menu pages (connected with `{tableToken}`) after any change to their shop's menu: prices,
   * sold out, hidden, new or deleted items, options, photos.
   */
  "menu:changed": (change: MenuChange) => void;
  /** A message meant to get the diner's attention (the order is ready). */
  "notification:sent": (notification: DinerNotification) => void;
  /** The table's shared cart after a change by any phone (sockets of a table's `{tableToken}`). */
  "cart:updated": (cart: TableCart) => void;
  /** Someone at the table placed the shared cart as an order. */
  "cart:submitted": (submitted: CartSubmitted) => void;
  /** The table's tab changed (a round placed or moved on, the table closed): fetch `GET /api/tables/:token/tab`. */
  "tab:changed": (change: { tableId: string }) => void;
  /**
   * The table's bill changed (a part opened, paid, lapsed or refunded): fetch
   * `GET /api/tables/:token/tab/bill`. `state: "paid"` is the moment nothing is left to pay.
   */
  "tab:bill-updated": (summary: TabSummary) => void;
  /** A call for staff from this table was sent or acknowledged (every phone of the table's `{tableToken}`). */
  "service-request:updated": (request: ServiceRequest) => void;
}

/**
 * What a table's phones send about the shared cart (sockets connected with a table's `{tableToken}`).
 * Strangers at the counter do not share: from a counter code's socket these are refused with `forbidden`.
 * Payloads are validated with the zod schemas in `tables/cart.ts`; every event answers through its ack
 * with the whole cart after the change, and the same cart goes to every phone of the table as
 * `cart:updated`. A refused change (bad payload, a line another phone removed) changes nothing.
 */
export interface DinerClientToServer {
  /** The cart as it is now, e.g. after connecting or reconnecting. */
  "cart:sync": (ack: (result: Ack<TableCart>) => void) => void;
  /** Adds a line under the phone's own id; the same id again is answered with the cart unchanged. */
  "cart:add-line": (line: CartAddLine, ack: (result: Ack<TableCart>) => void) => void;
  "cart:set-quantity": (change: CartSetQuantity, ack: (result: Ack<TableCart>) => void) => void;
  "cart:remove-line": (change: CartRemoveLine, ack: (result: Ack<TableCart>) => void) => void;
}

/** An order placed from the table's shared cart; the cart is empty again. */
export interface CartSubmitted {
  submission: CartSubmission;
  /** Lets every phone at the table follow the order it shared (status, "Notify me", paying). */
  orderToken: string;
  cart: TableCart;
}

/** A diner's socket follows one order (`orderToken`) or one table's menu page (`tableToken`). */
export type DinerAuth = { orderToken: string } | { tableToken: string };
