import type { Db } from "../../db/database.js";

/** An order with what approving it needs to know of its table (a declared cross read of tables). */
export function findApprovalCandidate(trx: Db, shopId: string, orderId: string) {
  return trx
    .selectFrom("orders")
    .innerJoin("tables", "tables.id", "orders.tableId")
    .select(["orders.status", "orders.needsApproval", "orders.tableId", "tables.kind", "tables.active"])
    .where("orders.shopId", "=", shopId)
    .where("orders.id", "=", orderId)
    .executeTakeFirst();
}

/** Sends a waiting order to the kitchen, only while it still waits; true if this call approved it. */
export async function clearApproval(
  trx: Db,
  approval: { orderId: string; seq: number; now: number },
): Promise<boolean> {
  const updated = await trx
    .updateTable("orders")
    .set({ needsApproval: 0, seq: approval.seq, updatedAt: approval.now })
    .where("id", "=", approval.orderId)
    .where("status", "=", "placed")
    .where("needsApproval", "=", 1)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}
