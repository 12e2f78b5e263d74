import type { Db } from "../../db/database.js";

/** Sets the shop's local time at which its business day closes (its day-end summary follows). */
export async function setClosingTime(trx: Db, shopId: string, closingTime: string): Promise<void> {
  await trx.updateTable("shops").set({ closingTime }).where("id", "=", shopId).execute();
}
