import type { Insertable } from "kysely";
import type { Db } from "../../db/database.js";
import type { DailySummariesTable } from "../../db/schema.js";

/** Stores a closed day's summary unless the day is already closed; true when this call stored it. */
export async function insertDailySummary(
  trx: Db,
  summary: Insertable<DailySummariesTable>,
): Promise<boolean> {
  const inserted = await trx
    .insertInto("dailySummaries")
    .values(summary)
    .onConflict((oc) => oc.columns(["shopId", "businessDay"]).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
}

export const listDailySummaries = (db: Db, shopId: string, range: { from: string; to: string }) =>
  db
    .selectFrom("dailySummaries")
    .selectAll()
    .where("shopId", "=", shopId)
    .where("businessDay", ">=", range.from)
    .where("businessDay", "<=", range.to)
    .orderBy("businessDay", "desc")
    .execute();

/** A closed day's summary with the shop's name and locale, which the owners' email is written in. */
export const findDaySummary = (db: Db, shopId: string, day: string) =>
  db
    .selectFrom("dailySummaries")
    .innerJoin("shops", "shops.id", "dailySummaries.shopId")
    .selectAll("dailySummaries")
    .select(["shops.name", "shops.locale"])
    .where("dailySummaries.shopId", "=", shopId)
    .where("dailySummaries.businessDay", "=", day)
    .executeTakeFirst();
