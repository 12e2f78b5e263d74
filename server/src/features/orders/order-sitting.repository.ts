import type { Db } from "../../db/database.js";
import { openSittingId } from "../tables/index.js";

/** Points an order written earlier (one staff just approved) at the table's open sitting, if any. */
export async function attachToOpenSitting(trx: Db, orderId: string, tableId: string): Promise<void> {
  const sittingId = await openSittingId(trx, tableId);
  await trx.updateTable("orders").set({ sittingId }).where("id", "=", orderId).execute();
}
