import {
  type BoardSettings,
  DINER_NAMESPACE,
  type DinerNotification,
  MERCHANT_NAMESPACE,
  type MenuChange,
  type MerchantTable,
  type Order,
  type PaymentAlert,
} from "@tabletap/shared";
import { menuRoom, orderRoom, shopRoom } from "./rooms.js";

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
  tableUpdated(shopId: string, table: MerchantTable): void;
  boardSettingsUpdated(shopId: string, settings: BoardSettings): void;
  menuChanged(shopId: string, change: MenuChange): void;
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
    tableUpdated(shopId, table) {
      merchant().to(shopRoom(shopId)).emit("table:updated", table);
    },
    boardSettingsUpdated(shopId, settings) {
      merchant().to(shopRoom(shopId)).emit("board:settings-updated", settings);
    },
    menuChanged(shopId, change) {
      diner().to(menuRoom(shopId)).emit("menu:changed", change);
    },
    dinerNotified(notification) {
      diner().to(orderRoom(notification.orderId)).emit("notification:sent", notification);
    },
  };
}
