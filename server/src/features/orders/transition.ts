import type { OrderStatus, PaymentStatus } from "@tabletap/shared";
import type { UnitOfWork } from "../../db/unit-of-work.js";
import { releaseCoupon } from "../coupons/index.js";
import { queueKitchenTickets } from "../printing/index.js";
import { nextSeq } from "../shops/index.js";
import { type AnnouncedOrder, announceOrderChange, type OrderEventDeps } from "./order-events.js";
import { findOrderStatus, recordStatusChange, updateOrderStatus } from "./order-status.repository.js";
import { orderMove } from "./status-rules.js";

export type TransitionResult =
  | { ok: true; from: OrderStatus; announced: AnnouncedOrder }
  | { ok: false; reason: "not_found" | "invalid_transition"; from?: OrderStatus };

/**
 * The one way an order changes inside a unit of work: checks the move (status-rules.ts), takes the shop's
 * next seq, updates only if the status is still the one read (so racing writers can't both win), records
 * history, and registers the change's one announcement for after the commit.
 */
export async function transitionOrder(
  unit: UnitOfWork,
  deps: OrderEventDeps,
  change: {
    shopId: string;
    orderId: string;
    to: OrderStatus;
    staffId: string | null;
    now: number;
    paymentStatus?: PaymentStatus;
    /** Why, as staff said it; kept with the history row. */
    reason?: string;
    /** The status the caller just read in this unit, to save reading it again. */
    from?: OrderStatus;
  },
): Promise<TransitionResult> {
  const { trx } = unit;
  const { shopId, orderId, to, now } = change;
  const from = change.from ?? (await findOrderStatus(trx, shopId, orderId))?.status;
  if (!from) return { ok: false, reason: "not_found" };
  const move = orderMove(from, to);
  if (!move.ok) return { ok: false, reason: move.reason, from };
  const seq = await nextSeq(trx, shopId);
  const moved = await updateOrderStatus(trx, {
    orderId,
    from,
    to,
    seq,
    now,
    paymentStatus: change.paymentStatus,
    startsKitchenClock: move.startsKitchenClock,
  });
  if (!moved) return { ok: false, reason: "invalid_transition", from };
  // In the same transaction as the change, so the use comes back exactly when the order ends.
  if (move.releasesCoupon) await releaseCoupon(trx, orderId);
  if (move.changes) {
    await recordStatusChange(trx, {
      orderId,
      shopId,
      from,
      to,
      staffId: change.staffId,
      at: now,
      reason: change.reason,
    });
  }
  // Its payment sends a pay-first order to the kitchen: its tickets print with this change.
  if (move.startsKitchenClock) await queueKitchenTickets(unit, { shopId, orderId, now });
  // Reaching the kitchen by its payment makes a pay-first order new to boards.
  const announced = announceOrderChange(unit, deps, orderId, move.startsKitchenClock ? "paid" : "updated");
  return { ok: true, from, announced };
}
