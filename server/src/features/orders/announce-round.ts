import type { CreateOrderRequest } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import type { Publisher } from "../../realtime/publisher.js";
import { loadCart } from "../table-cart/index.js";
import { announceTable } from "../tables/index.js";
import type { CreatedOrder } from "./create-order.js";

/**
 * After a table's order committed: every phone at the table hears that the shared cart went in (and sees
 * it empty), and the consoles hear of a table whose first order opened its tab.
 */
export async function announceRound(
  deps: { db: Db; publicUrl: string; publisher: Publisher },
  request: CreateOrderRequest,
  created: CreatedOrder,
): Promise<void> {
  const { order } = created;
  if (created.openedTab) await announceTable(deps, order.shopId, order.table.id);
  if (!request.sharedCart) return;
  const cart = await loadCart(deps.db, order.table.id);
  deps.publisher.tableCartUpdated(order.table.id, cart);
  deps.publisher.cartSubmitted(order.table.id, {
    submission: {
      orderId: order.id,
      pickupNumber: order.pickupNumber,
      by: request.sharedCart.nickname,
      at: order.createdAt,
    },
    orderToken: created.orderToken,
    cart,
  });
}
