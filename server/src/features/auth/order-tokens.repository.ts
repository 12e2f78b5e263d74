import type { Db } from "../../db/database.js";

/** The order a diner's token opens, if any. */
export async function findOrderIdByToken(db: Db, orderToken: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("orders")
    .select("id")
    .where("orderToken", "=", orderToken)
    .executeTakeFirst();
  return row?.id;
}

/** The order with the token that opens it, if the order exists. */
export async function findOrderWithToken(db: Db, orderId: string) {
  return db.selectFrom("orders").select(["id", "orderToken"]).where("id", "=", orderId).executeTakeFirst();
}
