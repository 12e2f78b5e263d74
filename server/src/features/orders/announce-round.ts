import type { Order, SharedCartClaim } from "@tabletap/shared";
import type { UnitOfWork } from "../../db/unit-of-work.js";
import { loadCart } from "../table-cart/index.js";
import { announceTable } from "../tables/index.js";
import { type OrderEventDeps, publishOrder } from "./order-events.js";

export interface RoundDeps extends OrderEventDeps {
  publicUrl: string;
}

/**
 * What follows a new order's commit, registered by the change itself: boards hear of the order (a pay-first
 * one as an update: it took the shop's next seq but is the kitchen's only once paid); consoles hear of a
 * table whose order opened its tab; every phone at the table hears that the shared cart went in (and sees
 * it empty).
 */
export function announceRound(
  unit: UnitOfWork,
  deps: RoundDeps,
  round: { order: Order; orderToken: string; sharedCart: SharedCartClaim | undefined; openedTab: boolean },
): void {
  const { order, sharedCart } = round;
  unit.afterCommit(() =>
    publishOrder(deps.publisher, order, order.status === "placed" ? "created" : "updated"),
  );
  if (round.openedTab) {
    unit.afterCommit(async () => {
      await announceTable(deps, order.shopId, order.table.id);
    });
  }
  if (!sharedCart) return;
  unit.afterCommit(async () => {
    const cart = await loadCart(deps.db, order.table.id);
    deps.publisher.tableCartUpdated(order.table.id, cart);
    deps.publisher.cartSubmitted(order.table.id, {
      submission: {
        orderId: order.id,
        pickupNumber: order.pickupNumber,
        by: sharedCart.nickname,
        at: order.createdAt,
      },
      orderToken: round.orderToken,
      cart,
    });
  });
}
