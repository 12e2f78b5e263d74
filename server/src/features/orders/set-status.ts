import type { Order, OrderStatus, PaymentStatus, StaffRole, StaffSettableStatus } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { transactionResult } from "../../db/transaction-result.js";
import { fail, type Result, succeed } from "../../lib/result.js";
import { enqueueInTransaction } from "../../queue/outbox.js";
import { findOrders, publicOrder } from "./orders.repository.js";
import { invalidTransition, staffMove } from "./status-rules.js";
import { transitionOrder } from "./transition.js";

export interface CancelRefundRequest {
  orderId: string;
  /** Who cancels: refunding is theirs to do only with `payments.refund`. */
  role: StaffRole;
  /** Staff say they handed a counter payment back; required for one, refused for anything else. */
  refundedAtCounter: boolean;
  now: number;
}

export interface CancelRefund {
  /** The order's payment status after the cancel, when it changes. */
  paymentStatus?: PaymentStatus;
  /** A provider refund was written to the outbox. */
  jobQueued: boolean;
}

/** What cancelling does to the order's money, run inside the cancel's transaction (payments' refundOnCancel). */
export type RefundOnCancel = (trx: Db, request: CancelRefundRequest) => Promise<Result<CancelRefund>>;

export interface SetStatusDeps {
  db: Db;
  clock: () => number;
  /** Payments sit above orders, so the app passes their refund in rather than orders importing it. */
  refundOnCancel: RefundOnCancel;
}

export interface StatusChange {
  shopId: string;
  orderId: string;
  to: StaffSettableStatus;
  staff: { id: string; role: StaffRole };
  reason?: string;
  /** Staff handed a counter payment back (see refundOnCancel). */
  refundedAtCounter?: boolean;
}

/**
 * Staff move an order one step along its status machine. "ready" queues the diner notification and
 * cancelling a paid order gives its money back, each in the same commit as the change.
 */
export async function setOrderStatus(
  deps: SetStatusDeps,
  change: StatusChange,
): Promise<Result<{ order: Order; jobQueued: boolean }>> {
  const { db } = deps;
  const { shopId, orderId, to, staff } = change;
  const now = deps.clock();
  let jobQueued = false;
  const changed = await transactionResult(db, async (trx) => {
    const current = await trx
      .selectFrom("orders")
      .select(["status", "needsApproval"])
      .where("shopId", "=", shopId)
      .where("id", "=", orderId)
      .executeTakeFirst();
    if (!current) return fail("not_found", "No such order in this shop");
    const from = current.status as OrderStatus;
    const move = staffMove({ from, needsApproval: current.needsApproval === 1 }, to);
    if (!move.ok) return move;
    const settled = move.settlesPayment
      ? await deps.refundOnCancel(trx, {
          orderId,
          role: staff.role,
          refundedAtCounter: change.refundedAtCounter === true,
          now,
        })
      : succeed<CancelRefund>({ jobQueued: false });
    if (!settled.ok) return settled;
    const refund = settled.value;
    const result = await transitionOrder(trx, {
      shopId,
      orderId,
      to,
      from,
      staffId: staff.id,
      now,
      ...(change.reason ? { reason: change.reason } : {}),
      ...(refund.paymentStatus ? { paymentStatus: refund.paymentStatus } : {}),
    });
    // Someone else moved it since the read above: the conditional update left it alone.
    if (!result.ok) return invalidTransition("changed", to);
    if (move.notifiesDiner) {
      await enqueueInTransaction(trx, { name: "order.ready", payload: { orderId, shopId }, now });
      jobQueued = true;
    }
    jobQueued ||= refund.jobQueued;
    return succeed(jobQueued);
  });
  if (!changed.ok) return changed;
  const [order] = await findOrders(db, { by: "id", shopId, orderId });
  if (!order) throw new Error(`order ${orderId} vanished after commit`);
  return succeed({ order: publicOrder(order), jobQueued: changed.value });
}
