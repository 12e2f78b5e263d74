import type { Db } from "../../db/database.js";
import type { Publisher } from "../../realtime/publisher.js";
import { clearCart, loadCart } from "../table-cart/index.js";

/**
 * Staff closed the table: its tab ends and whatever was left in the shared cart goes, so the next guests
 * start fresh. The phones still open at the table see both at once.
 */
export async function endTab(
  deps: { db: Db; publisher: Publisher },
  table: { tableId: string; shopId: string; now: number },
): Promise<void> {
  await clearCart(deps.db, table);
  deps.publisher.tableCartUpdated(table.tableId, await loadCart(deps.db, table.tableId));
  deps.publisher.tabChanged(table.tableId);
}
