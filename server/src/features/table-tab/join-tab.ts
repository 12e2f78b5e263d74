import type { Db } from "../../db/database.js";
import { insertOpenSitting, openSittingId, type TableRow } from "../tables/index.js";

export interface TabPlace {
  /** The open sitting (the table's tab) the order is a round of; null for the counter or a closed table. */
  sittingId: string | null;
  /** The table has no open sitting and the shop has staff open them: the order waits for approval. */
  needsApproval: boolean;
  /** This order's arrival opened the sitting (the table's first order started the tab). */
  opened: boolean;
}

/**
 * In the order's transaction, before the order is written: which tab a new order joins, given the table's
 * open sitting as read just before the transaction (outside the shop's row, which staff seating or clearing
 * a table never take, so reading it inside would be no safer and longer under the lock). How a tab starts:
 * in a shop that does not ask staff to seat guests, the table's first order opens the sitting itself; in
 * one that does, staff open it (seating guests, taking an order at the table, or approving that first order,
 * which then joins it — see approveOrder), and until then a diner's counter-paid order waits for approval. That stops someone with a
 * photo of a table's code from sending food to an empty table.
 */
export async function tabForNewOrder(
  trx: Db,
  round: {
    table: TableRow;
    /** The table's open sitting, from `openSittingId`. */
    openSitting: string | null;
    /** The shop's setting, read under the shop's row. */
    sittingsEnabled: boolean;
    /** A diner's counter-paid order; paid or staff-taken orders never wait. */
    approvable: boolean;
    /** Staff taking the order at the table vouch for it as an approval would: the table's sitting opens. */
    staffId: string | null;
    now: number;
  },
): Promise<TabPlace> {
  const { table } = round;
  if (table.kind !== "table") return { sittingId: null, needsApproval: false, opened: false };
  if (round.openSitting) return { sittingId: round.openSitting, needsApproval: false, opened: false };
  if (round.sittingsEnabled && round.staffId === null)
    return { sittingId: null, needsApproval: round.approvable, opened: false };
  const sitting = { shopId: table.shopId, tableId: table.id, staffId: round.staffId, now: round.now };
  const opened = await insertOpenSitting(trx, sitting);
  // Null only when staff seated the table a moment ago: the order joins their sitting.
  if (opened === null)
    return { sittingId: await openSittingId(trx, table.id), needsApproval: false, opened: false };
  return { sittingId: opened, needsApproval: false, opened: true };
}
