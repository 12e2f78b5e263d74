import { canTransition, type OrderStatus, type StaffSettableStatus } from "@tabletap/shared";
import { type Failure, fail } from "../../lib/result.js";

/** What an allowed status change brings with it, decided here so every writer does the same. */
export interface MoveEffects {
  /** The status really changes (a "move" to the same status only restamps the order, e.g. its payment). */
  changes: boolean;
  /** A pay-first order reaching "placed" by its payment: the kitchen's clock starts now. */
  startsKitchenClock: boolean;
  /** An order that ends cancelled or expired gives its coupon use back. */
  releasesCoupon: boolean;
}

export type Move = ({ ok: true } & MoveEffects) | { ok: false; reason: "invalid_transition" };

/**
 * Any writer's move (staff, payment or expiry), along the shared status machine. Staying in the same status
 * is allowed, so a payment change can be recorded on the order without a status change.
 */
export function orderMove(from: OrderStatus, to: OrderStatus): Move {
  const changes = from !== to;
  if (changes && !canTransition(from, to)) return { ok: false, reason: "invalid_transition" };
  return {
    ok: true,
    changes,
    startsKitchenClock: changes && to === "placed",
    releasesCoupon: changes && (to === "cancelled" || to === "expired"),
  };
}

export type StaffMove = { ok: true; notifiesDiner: boolean; settlesPayment: boolean } | Failure;

/**
 * A move staff ask for from the console: one real step along the machine, and an order waiting for approval
 * is not the kitchen's yet, so it can only be cancelled (approving is its own action). "ready" tells the
 * diner; cancelling decides what happens to money already paid.
 */
export function staffMove(
  order: { from: OrderStatus; needsApproval: boolean },
  to: StaffSettableStatus,
): StaffMove {
  const { from } = order;
  if (from === to || !canTransition(from, to)) return invalidTransition(from, to);
  if (to !== "cancelled" && order.needsApproval) {
    return fail(
      "approval_required",
      "This order came from a table nobody has opened; approve it (which opens the table) or cancel it",
    );
  }
  return { ok: true, notifiesDiner: to === "ready", settlesPayment: to === "cancelled" };
}

/** `from` is "changed" when another writer moved the order between our read and our write. */
export const invalidTransition = (from: OrderStatus | "changed", to: OrderStatus): Failure =>
  fail("invalid_transition", `An order that is ${from.replace("_", " ")} cannot become ${to}`, {
    from,
    to,
  });
