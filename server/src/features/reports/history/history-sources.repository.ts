import type { Db } from "../../../db/database.js";

/** The shop, its tables and its live items: what a generated history orders from. */
export async function historySources(db: Db, shopId: string) {
  const shop = await db.selectFrom("shops").selectAll().where("id", "=", shopId).executeTakeFirstOrThrow();
  const [tables, items] = await Promise.all([
    db.selectFrom("tables").select(["id", "kind"]).where("shopId", "=", shopId).execute(),
    db
      .selectFrom("items")
      .select(["id", "name", "price"])
      .where("shopId", "=", shopId)
      .where("deletedAt", "is", null)
      .execute(),
  ]);
  return { shop, tables, items };
}

/** The highest pickup number given on a shop day, 0 when none. */
export async function lastPickupNumber(db: Db, shopId: string, day: string): Promise<number> {
  const taken = await db
    .selectFrom("orders")
    .select((eb) => eb.fn.max("pickupNumber").as("last"))
    .where("shopId", "=", shopId)
    .where("businessDay", "=", day)
    .executeTakeFirst();
  return Number(taken?.last ?? 0);
}
