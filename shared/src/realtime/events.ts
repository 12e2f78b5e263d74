import type { MenuCategory } from "../menu/schemas.js";
import type { MerchantTable } from "../menu/tables.js";
import type { PaymentAlert } from "../notifications/schemas.js";
import type { BoardSettings } from "../orders/board.js";
import type { Order } from "../orders/schemas.js";

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
}

// biome-ignore lint/complexity/noBannedTypes: diners only listen for now.
export type DinerClientToServer = {};

/** A diner's socket follows one order (`orderToken`) or one table's menu page (`tableToken`). */
export type DinerAuth = { orderToken: string } | { tableToken: string };
