import type { Db } from "../../db/database.js";

/** A deployment-wide setting's stored value, or undefined. */
export async function readAppSetting(db: Db, key: string): Promise<string | undefined> {
  const row = await db.selectFrom("appSettings").select("value").where("key", "=", key).executeTakeFirst();
  return row?.value;
}

/** Stores a setting unless one is already stored under its key (the first writer wins). */
export async function insertAppSettingOnce(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto("appSettings")
    .values({ key, value })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
}
