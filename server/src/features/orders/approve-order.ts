import type { Order } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { transactionResult } from "../../db/transaction-result.js";
import { fail, type Result, succeed } from "../../lib/result.js";
import { nextSeq } from "../shops/index.js";
import { insertOpenSitting } from "../tables/index.js";
import { attachToOpenSitting } from "./order-sitting.repository.js";
import { findOrders, publicOrder } from "./orders.repository.js";

export interface ApprovedOrder {
  order: Order;
  /** The order's table, when approving it opened that table's sitting. */
  openedTableId: string | null;
}

/**
 * Staff vouch for an order from a table nobody had opened: it goes to the kitchen, and the table's sitting
 * opens (someone is evidently there), so the table's next orders go straight in. One transaction; the
 * update only succeeds while the order still waits, so two tablets approving at once approve it once.
 */
export async function approveOrder(
  deps: { db: Db; clock: () => number },
  approval: { shopId: string; orderId: string; staffId: string },
): Promise<Result<ApprovedOrder>> {
  const { shopId, orderId, staffId } = approval;
  const now = deps.clock();
  const approved = await transactionResult(deps.db, async (trx) => {
    const order = await trx
      .selectFrom("orders")
      .innerJoin("tables", "tables.id", "orders.tableId")
      .select(["orders.status", "orders.needsApproval", "orders.tableId", "tables.kind", "tables.active"])
      .where("orders.shopId", "=", shopId)
      .where("orders.id", "=", orderId)
      .executeTakeFirst();
    if (!order) return fail("not_found", "No such order in this shop");
    const notWaiting = fail("invalid_transition", "This order is not waiting for approval", {
      from: order.status,
    });
    if (order.needsApproval !== 1 || order.status !== "placed") return notWaiting;
    const seq = await nextSeq(trx, shopId);
    const updated = await trx
      .updateTable("orders")
      .set({ needsApproval: 0, seq, updatedAt: now })
      .where("id", "=", orderId)
      .where("status", "=", "placed")
      .where("needsApproval", "=", 1)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return notWaiting;
    if (order.kind !== "table" || order.active !== 1) return succeed(null);
    const opened = await insertOpenSitting(trx, { shopId, tableId: order.tableId, staffId, now });
    // The approved order is the first round of the tab its approval opened (or of the one already open).
    await attachToOpenSitting(trx, orderId, order.tableId);
    return succeed(opened !== null ? order.tableId : null);
  });
  if (!approved.ok) return approved;
  const [order] = await findOrders(deps.db, { by: "id", shopId, orderId });
  if (!order) throw new Error(`order ${orderId} vanished after commit`);
  return succeed({ order: publicOrder(order), openedTableId: approved.value });
}
