import type { Order, StaffSettableStatus } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { HttpError } from "../../http/errors.js";
import { enqueueInTransaction } from "../../queue/outbox.js";
import { findOrders, publicOrder } from "./orders.repository.js";
import { transitionOrder } from "./transition.js";

export interface SetStatusDeps {
  db: Db;
  clock: () => number;
}

/**
 * Staff move an order one step along its status machine. "ready" queues the diner notification and
 * cancelling a paid order queues its refund, each in the same commit as the change.
 */
export async function setOrderStatus(
  deps: SetStatusDeps,
  change: { shopId: string; orderId: string; to: StaffSettableStatus; staffId: string; reason?: string },
): Promise<{ order: Order; jobQueued: boolean }> {
  const { db } = deps;
  const { shopId, orderId, to, staffId } = change;
  const now = deps.clock();
  let jobQueued = false;
  await db.transaction().execute(async (trx) => {
    const payment = await trx
      .selectFrom("payments")
      .select(["id", "status"])
      .where("orderId", "=", orderId)
      .executeTakeFirst();
    const refund = to === "cancelled" && payment?.status === "paid";
    if (to !== "cancelled") await assertApproved(trx, shopId, orderId);
    const result = await transitionOrder(trx, {
      shopId,
      orderId,
      to,
      staffId,
      now,
      ...(change.reason ? { reason: change.reason } : {}),
      ...(refund ? { paymentStatus: "refund_pending" as const } : {}),
    });
    if (!result.ok && result.reason === "not_found")
      throw new HttpError(404, "not_found", "No such order in this shop");
    if (!result.ok || result.from === to) {
      const from = result.from ?? "changed";
      throw new HttpError(
        409,
        "invalid_transition",
        `An order that is ${from.replace("_", " ")} cannot become ${to}`,
        {
          from,
          to,
        },
      );
    }
    if (to === "ready") {
      await enqueueInTransaction(trx, { name: "order.ready", payload: { orderId, shopId }, now });
      jobQueued = true;
    }
    if (refund && payment) {
      await trx
        .updateTable("payments")
        .set({ status: "refund_pending", updatedAt: now })
        .where("id", "=", payment.id)
        .execute();
      await enqueueInTransaction(trx, { name: "payment.refund", payload: { paymentId: payment.id }, now });
      jobQueued = true;
    }
  });
  const [order] = await findOrders(db, { by: "id", shopId, orderId });
  if (!order) throw new Error(`order ${orderId} vanished after commit`);
  return { order: publicOrder(order), jobQueued };
}

/** An order waiting for approval is not the kitchen's: it can be approved or cancelled, nothing else. */
async function assertApproved(trx: Db, shopId: string, orderId: string): Promise<void> {
  const order = await trx
    .selectFrom("orders")
    .select("needsApproval")
    .where("shopId", "=", shopId)
    .where("id", "=", orderId)
    .executeTakeFirst();
  if (order?.needsApproval === 1) {
    throw new HttpError(
      409,
      "approval_required",
      "This order came from a table nobody has opened; approve it (which opens the table) or cancel it",
    );
  }
}
