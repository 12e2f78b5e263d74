import type { Db } from "../../db/database.js";

/** Whether staff open a table's sitting (seat its guests) before its orders go straight in. */
export async function sittingsEnabled(db: Db, shopId: string): Promise<boolean> {
  const row = await db
    .selectFrom("shops")
    .select("sittingsEnabled")
    .where("id", "=", shopId)
    .executeTakeFirst();
  return row?.sittingsEnabled === 1;
}

export async function setSittingsEnabled(db: Db, shopId: string, enabled: boolean): Promise<void> {
  await db
    .updateTable("shops")
    .set({ sittingsEnabled: enabled ? 1 : 0 })
    .where("id", "=", shopId)
    .execute();
}
