import type { Order, PaymentStatus, StaffRole, StaffSettableStatus } from "@tabletap/shared";
import type { RunUnit, UnitOfWork } from "../../db/unit-of-work.js";
import { fail, type Result, succeed } from "../../lib/result.js";
import type { AnnouncedOrder, OrderEventDeps } from "./order-events.js";
import { findOrderStatus } from "./order-status.repository.js";
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
}

/**
 * What cancelling does to the order's money, run inside the cancel's unit of work (payments' refundOnCancel);
 * a provider refund it queues goes to the outbox with the cancel.
 */
export type RefundOnCancel = (
  unit: UnitOfWork,
  request: CancelRefundRequest,
) => Promise<Result<CancelRefund>>;

export interface SetStatusDeps extends OrderEventDeps {
  clock: () => number;
  runUnit: RunUnit;
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
export async function setOrderStatus(deps: SetStatusDeps, change: StatusChange): Promise<Result<Order>> {
  const now = deps.clock();
  const changed = await deps.runUnit((unit) => moveOrder(unit, deps, change, now));
  if (!changed.ok) return changed;
  return succeed(changed.value.order);
}

/** A staff move inside a unit of work already running (a station's last bump makes the order ready). */
export async function moveOrder(
  unit: UnitOfWork,
  deps: SetStatusDeps,
  change: StatusChange,
  now: number,
): Promise<Result<AnnouncedOrder>> {
  const { shopId, orderId, to, staff } = change;
  const current = await findOrderStatus(unit.trx, shopId, orderId);
  if (!current) return fail("not_found", "No such order in this shop");
  const from = current.status;
  const move = staffMove({ from, needsApproval: current.needsApproval }, to);
  if (!move.ok) return move;
  const settled = move.settlesPayment
    ? await deps.refundOnCancel(unit, {
        orderId,
        role: staff.role,
        refundedAtCounter: change.refundedAtCounter === true,
        now,
      })
    : succeed<CancelRefund>({});
  if (!settled.ok) return settled;
  const refund = settled.value;
  const result = await transitionOrder(unit, deps, {
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
  if (move.notifiesDiner) await unit.enqueue({ name: "order.ready", payload: { orderId, shopId }, now });
  return succeed(result.announced);
}
