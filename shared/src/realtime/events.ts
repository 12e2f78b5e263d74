import type { PaymentAlert } from "../notifications/schemas.js";
import type { Order } from "../orders/schemas.js";

/** Namespaces: staff boards join `/merchant` (session cookie), diners join `/diner` (order token). */
export const MERCHANT_NAMESPACE = "/merchant";
export const DINER_NAMESPACE = "/diner";

/** Every client→server event answers through its ack with one of these. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

export interface MerchantServerToClient {
  /** A new order for this shop; `order.seq` is the shop's change sequence. */
  "order:created": (order: Order) => void;
  /** Any change to one of this shop's orders. */
  "order:updated": (order: Order) => void;
  /** A provider reported a payment that does not match its order (wrong amount or currency). */
  "payment:alert": (alert: PaymentAlert) => void;
}

// biome-ignore lint/complexity/noBannedTypes: the board only listens for now; the map is the extension point.
export type MerchantClientToServer = {};

export interface DinerNotification {
  kind: "order_ready";
  orderId: string;
  pickupNumber: number;
}

export interface DinerServerToClient {
  "order:updated": (order: Order) => void;
  /** A message meant to get the diner's attention (the order is ready). */
  "notification:sent": (notification: DinerNotification) => void;
}

// biome-ignore lint/complexity/noBannedTypes: diners only listen for now.
export type DinerClientToServer = {};

export interface DinerAuth {
  orderToken: string;
}
