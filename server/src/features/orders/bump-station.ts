import type { Order, StaffRole } from "@tabletap/shared";
import { fail, type Result, succeed } from "../../lib/result.js";
import { findOrderStatus } from "./order-status.repository.js";
import { moveOrder, type SetStatusDeps } from "./set-status.js";
import { insertBump, stationProgress } from "./station-bumps.repository.js";
import { transitionOrder } from "./transition.js";

/**
 * A station finished its part of an accepted order. The last station's bump makes the order ready through
 * the same staff move as the board's "ready" button (the diner is told); an earlier one restamps the order
 * so every board sees which stations are done.
 */
export async function bumpStation(
  deps: SetStatusDeps,
  bump: { shopId: string; orderId: string; stationId: string; staff: { id: string; role: StaffRole } },
): Promise<Result<Order>> {
  const { shopId, orderId, stationId, staff } = bump;
  const now = deps.clock();
  const bumped = await deps.runUnit(async (unit) => {
    const current = await findOrderStatus(unit.trx, shopId, orderId);
    if (!current) return fail("not_found", "No such order in this shop");
    if (current.status !== "accepted" && current.status !== "preparing") {
      return fail(
        "invalid_transition",
        `A station bumps an accepted order, not one that is ${current.status}`,
        {
          from: current.status,
        },
      );
    }
    const progress = await stationProgress(unit.trx, orderId);
    if (!progress.stations.includes(stationId)) {
      return fail("station_not_in_order", "This order has nothing for that station");
    }
    await insertBump(unit.trx, { orderId, stationId, shopId, staffId: staff.id, now });
    const done = new Set([...progress.done, stationId]);
    if (progress.stations.every((station) => done.has(station))) {
      return moveOrder(unit, deps, { shopId, orderId, to: "ready", staff }, now);
    }
    const restamped = await transitionOrder(unit, deps, {
      shopId,
      orderId,
      to: current.status,
      from: current.status,
      staffId: staff.id,
      now,
    });
    if (!restamped.ok) return fail("invalid_transition", "The order changed meanwhile; try again");
    return succeed(restamped.announced);
  });
  if (!bumped.ok) return bumped;
  return succeed(bumped.value.order);
}
