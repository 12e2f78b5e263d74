import type { Db } from "../../db/database.js";

/** Moves the shop's order sequence past orders written outside placement (a generated history). */
export async function setLastSeq(trx: Db, shopId: string, seq: number): Promise<void> {
  await trx.updateTable("shops").set({ lastSeq: seq }).where("id", "=", shopId).execute();
}
