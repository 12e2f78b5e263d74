import type { Db } from "../../db/database.js";

/** The cart whose last submission was this order: nobody at its table has ordered since. */
export async function findCartOfOrder(trx: Db, orderId: string) {
  return trx
    .selectFrom("tableCarts")
    .select(["tableId", "shopId"])
    .where("lastOrderId", "=", orderId)
    .executeTakeFirst();
}

/** The order's lines in its own order, as many as the cart has room for. */
export async function orderLinesToRestore(trx: Db, orderId: string, limit: number) {
  return trx
    .selectFrom("orderLines")
    .select(["itemId", "quantity", "optionsJson", "note"])
    .where("orderId", "=", orderId)
    .orderBy("position")
    .limit(limit)
    .execute();
}

/** Withdraws the "placed by" notice and moves the cart to `version`, the last restored line's. */
export async function withdrawSubmission(trx: Db, cart: { tableId: string; version: number }): Promise<void> {
  await trx
    .updateTable("tableCarts")
    .set({ version: cart.version, lastOrderId: null, lastSubmittedBy: null, lastSubmittedAt: null })
    .where("tableId", "=", cart.tableId)
    .execute();
}
