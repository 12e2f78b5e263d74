import type { Db } from "../../db/database.js";

/** Moves the shop's order sequence past orders written outside placement (a generated history). */
export async function setLastSeq(trx: Db, shopId: string, seq: number): Promise<void> {
  await trx.updateTable("shops").set({ lastSeq: seq }).where("id", "=", shopId).execute();
}

/** The shop's latest change number: a board that has read up to it has seen every change so far. */
export async function lastSeqOf(db: Db, shopId: string): Promise<number> {
  const row = await db
    .selectFrom("shops")
    .select("lastSeq")
    .where("id", "=", shopId)
    .executeTakeFirstOrThrow();
  return Number(row.lastSeq);
}
