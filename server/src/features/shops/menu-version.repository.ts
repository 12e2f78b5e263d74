import type { Db } from "../../db/database.js";

/** The shop's menu version: every menu change moves it, and prices are checked against it. */
export async function menuVersion(db: Db, shopId: string): Promise<number> {
  const row = await db
    .selectFrom("shops")
    .select("menuVersion")
    .where("id", "=", shopId)
    .executeTakeFirstOrThrow();
  return Number(row.menuVersion);
}

/**
 * Moves the menu version on, taking the shop's row: the row order placement takes (`takeOrderSeq`), so an
 * order commits wholly before a menu change or is priced after it.
 */
export async function bumpMenuVersion(trx: Db, shopId: string): Promise<void> {
  await trx
    .updateTable("shops")
    .set((eb) => ({ menuVersion: eb("menuVersion", "+", 1) }))
    .where("id", "=", shopId)
    .execute();
}
