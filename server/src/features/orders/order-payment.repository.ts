import type { Db } from "../../db/database.js";

/** An order's row as paying for it needs it (its total, method, statuses); within a shop when one is given. */
export function findOrderForPayment(db: Db, where: { orderId: string; shopId?: string }) {
  let query = db.selectFrom("orders").selectAll().where("id", "=", where.orderId);
  if (where.shopId !== undefined) query = query.where("shopId", "=", where.shopId);
  return query.executeTakeFirst();
}

/** The tip the diner chose, kept apart from the total so sales never include it. */
export async function setOrderTip(trx: Db, orderId: string, tip: number): Promise<void> {
  await trx.updateTable("orders").set({ tip }).where("id", "=", orderId).execute();
}
