import type { Db } from "../../db/database.js";

/** The shop's latest change number: a board that has read up to it has seen every change so far. */
export async function lastSeqOf(db: Db, shopId: string): Promise<number> {
  const row = await db
    .selectFrom("shops")
    .select("lastSeq")
    .where("id", "=", shopId)
    .executeTakeFirstOrThrow();
  return Number(row.lastSeq);
}
