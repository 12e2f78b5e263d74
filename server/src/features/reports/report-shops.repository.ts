import type { Db } from "../../db/database.js";

/** The shop fields reports are named, counted and scheduled by. */
export const findReportShop = (db: Db, shopId: string) =>
  db
    .selectFrom("shops")
    .select(["slug", "name", "currency", "locale", "timezone", "closingTime"])
    .where("id", "=", shopId)
    .executeTakeFirst();

export async function allShopIds(db: Db): Promise<string[]> {
  const shops = await db.selectFrom("shops").select("id").execute();
  return shops.map((shop) => shop.id);
}

/** Where a closed day's summary is emailed: the shop's current owners. */
export async function ownerEmails(db: Db, shopId: string): Promise<string[]> {
  const owners = await db
    .selectFrom("staff")
    .select("email")
    .where("shopId", "=", shopId)
    .where("role", "=", "owner")
    .where("removedAt", "is", null)
    .execute();
  return owners.map((owner) => owner.email);
}

/** Table labels and item categories; every item ever sold is kept (deleted ones too), so all resolve. */
export async function reportLabels(db: Db, shopId: string) {
  const [tables, items] = await Promise.all([
    db.selectFrom("tables").select(["id", "label"]).where("shopId", "=", shopId).execute(),
    db
      .selectFrom("items")
      .innerJoin("categories", "categories.id", "items.categoryId")
      .select(["items.id", "categories.name"])
      .where("items.shopId", "=", shopId)
      .execute(),
  ]);
  return {
    tableLabel: new Map(tables.map((t) => [t.id, t.label])),
    categoryOf: new Map(items.map((i) => [i.id, i.name])),
  };
}
