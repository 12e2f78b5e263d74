import type { PaymentAlert } from "../notifications/schemas.js";
import type { Order } from "../orders/schemas.js";

/** Namespaces: staff boards join `/merchant` (session cookie), diners join `/diner` (order token). */
export const MERCHANT_NAMESPACE = "/merchant";
export const DINER_NAMESPACE = "/diner";

/** Every client→server event answers through its ack with one of these. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

export interface MerchantServerToClient {
  /**
   * An order for the kitchen: placed directly, or a pay-first order once its payment is confirmed.
   * `order.seq` is the shop's change sequence.
   */
  "order:created": (order: Order) => void;
  /**
   * Any other change to one of this shop's orders, including a pay-first order created and waiting for
   * its payment (`pending_payment`), so every seq reaches the board; such an order is not the kitchen's yet.
   */
  "order:updated": (order: Order) => void;
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
