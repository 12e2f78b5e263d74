import type { Order } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import type { UnitOfWork } from "../../db/unit-of-work.js";
import type { Publisher } from "../../realtime/publisher.js";
import { findOrders, publicOrder } from "./orders.repository.js";

export interface OrderEventDeps {
  db: Db;
  publisher: Publisher;
}

/**
 * `created`: a new order for the kitchen. `paid`: a pay-first order its payment just sent to the kitchen —
 * new to boards (`order:created`), and an update to the diner's page, which hears only `order:updated`.
 * `updated`: any other change, including a pay-first order created and waiting for its payment.
 */
export type OrderEvent = "created" | "paid" | "updated";

/** Tells boards and the diner's page about an order, as the event says. */
export function publishOrder(publisher: Publisher, order: Order, event: OrderEvent): void {
  if (event !== "updated") publisher.orderCreated(order);
  if (event !== "created") publisher.orderUpdated(order);
}

/** The order as announced after the commit, for the answer of whoever made the change. */
export class AnnouncedOrder {
  #order: Order | undefined;
  constructor(readonly orderId: string) {}

  set order(order: Order) {
    this.#order = order;
  }

  /** Read only once the unit has committed and announced it. */
  get order(): Order {
    if (!this.#order) throw new Error(`order ${this.orderId} vanished after commit`);
    return this.#order;
  }
}

/**
 * Registers the one announcement of an order's change: once committed, the order is read once and published
 * with the event its change calls for.
 */
export function announceOrderChange(
  unit: UnitOfWork,
  deps: OrderEventDeps,
  orderId: string,
  event: OrderEvent,
): AnnouncedOrder {
  const announced = new AnnouncedOrder(orderId);
  unit.afterCommit(async () => {
    const [order] = await findOrders(deps.db, { by: "id", orderId });
    if (!order) return;
    announced.order = publicOrder(order);
    publishOrder(deps.publisher, announced.order, event);
  });
  return announced;
}
