import {
  DINER_NAMESPACE,
  type DinerNotification,
  MERCHANT_NAMESPACE,
  type Order,
  type PaymentAlert,
} from "@tabletap/shared";
import { orderRoom, shopRoom } from "./rooms.js";

/**
 * The part of a Socket.IO Server (in-process) or a Redis Emitter (worker process) that publishing needs,
 * so API nodes and workers announce events the same way.
 */
export interface RoomEmitter {
  of(namespace: string): { to(room: string): { emit(event: string, ...args: unknown[]): unknown } };
}

export interface Publisher {
  orderCreated(order: Order): void;
  orderUpdated(order: Order): void;
  dinerNotified(notification: DinerNotification): void;
  paymentAlert(shopId: string, alert: PaymentAlert): void;
}

export function createPublisher(emitter: RoomEmitter): Publisher {
  const merchant = () => emitter.of(MERCHANT_NAMESPACE);
  const diner = () => emitter.of(DINER_NAMESPACE);
  return {
    orderCreated(order) {
      merchant().to(shopRoom(order.shopId)).emit("order:created", order);
    },
    orderUpdated(order) {
      merchant().to(shopRoom(order.shopId)).emit("order:updated", order);
      diner().to(orderRoom(order.id)).emit("order:updated", order);
    },
    paymentAlert(shopId, alert) {
      merchant().to(shopRoom(shopId)).emit("payment:alert", alert);
    },
    dinerNotified(notification) {
      diner().to(orderRoom(notification.orderId)).emit("notification:sent", notification);
    },
  };
}
