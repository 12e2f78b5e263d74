import type { Db } from "../../db/database.js";
import { insertOpenSitting } from "../tables/sittings.repository.js";
import type { TableRow } from "../tables/tables.repository.js";

/**
 * In the order's transaction: makes a table's order a round of the table's tab (its open sitting).
 * How a tab starts: in a shop that does not ask staff to approve orders from unopened tables, the table's
 * first order opens the sitting itself; in one that does, staff open it (seating guests, or approving
 * that first order, which then joins it — see approveOrder). Returns true when this order opened it.
 */
export async function joinTableTab(
  trx: Db,
  round: {
    table: TableRow;
    orderId: string;
    needsApproval: boolean;
    submittedBy: string | null;
    now: number;
  },
): Promise<boolean> {
  const { table } = round;
  if (table.kind !== "table") return false;
  let opened = false;
  if (!round.needsApproval) {
    const shop = await trx
      .selectFrom("shops")
      .select("sittingsEnabled")
      .where("id", "=", table.shopId)
      .executeTakeFirstOrThrow();
    if (shop.sittingsEnabled !== 1) {
      opened = await insertOpenSitting(trx, {
        shopId: table.shopId,
        tableId: table.id,
        staffId: null,
        now: round.now,
      });
    }
  }
  await attachToOpenSitting(trx, round.orderId, table.id, round.submittedBy);
  return opened;
}

/** Points the order at the table's open sitting (if any) and records who at the table sent it. */
export async function attachToOpenSitting(
  trx: Db,
  orderId: string,
  tableId: string,
  submittedBy?: string | null,
): Promise<void> {
  const sitting = await trx
    .selectFrom("tableSittings")
    .select("id")
    .where("tableId", "=", tableId)
    .where("closedAt", "is", null)
    .executeTakeFirst();
  await trx
    .updateTable("orders")
    .set({ sittingId: sitting?.id ?? null, ...(submittedBy !== undefined ? { submittedBy } : {}) })
    .where("id", "=", orderId)
    .execute();
}
