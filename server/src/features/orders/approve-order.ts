import type { Order } from "@tabletap/shared";
import type { RunUnit } from "../../db/unit-of-work.js";
import { fail, type Result, succeed } from "../../lib/result.js";
import { queueKitchenTickets } from "../printing/index.js";
import { nextSeq } from "../shops/index.js";
import { announceTable, insertOpenSitting } from "../tables/index.js";
import { clearApproval, findApprovalCandidate } from "./order-approval.repository.js";
import { announceOrderChange, type OrderEventDeps } from "./order-events.js";
import { attachToOpenSitting } from "./order-sitting.repository.js";

/**
 * Staff vouch for an order from a table nobody had opened: it goes to the kitchen, and the table's sitting
 * opens (someone is evidently there), so the table's next orders go straight in. One unit of work; the
 * update only succeeds while the order still waits, so two tablets approving at once approve it once.
 */
export async function approveOrder(
  deps: OrderEventDeps & { clock: () => number; runUnit: RunUnit; publicUrl: string },
  approval: { shopId: string; orderId: string; staffId: string },
): Promise<Result<Order>> {
  const { shopId, orderId, staffId } = approval;
  const now = deps.clock();
  const approved = await deps.runUnit(async (unit) => {
    const { trx } = unit;
    const order = await findApprovalCandidate(trx, shopId, orderId);
    if (!order) return fail("not_found", "No such order in this shop");
    const notWaiting = fail("invalid_transition", "This order is not waiting for approval", {
      from: order.status,
    });
    if (order.needsApproval !== 1 || order.status !== "placed") return notWaiting;
    const seq = await nextSeq(trx, shopId);
    if (!(await clearApproval(trx, { orderId, seq, now }))) return notWaiting;
    // Approved, the order is the kitchen's: its tickets print with the approval.
    await queueKitchenTickets(unit, { shopId, orderId, now });
    const announced = announceOrderChange(unit, deps, orderId, "updated");
    if (order.kind !== "table" || order.active !== 1) return succeed(announced);
    const opened = await insertOpenSitting(trx, { shopId, tableId: order.tableId, staffId, now });
    // The approved order is the first round of the tab its approval opened (or of the one already open).
    await attachToOpenSitting(trx, orderId, order.tableId);
    // Every console's table list hears that the table is open now.
    if (opened !== null) {
      unit.afterCommit(async () => {
        await announceTable(deps, shopId, order.tableId);
      });
    }
    return succeed(announced);
  });
  if (!approved.ok) return approved;
  return succeed(approved.value.order);
}
