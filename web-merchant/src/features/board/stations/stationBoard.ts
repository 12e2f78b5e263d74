import type { Order } from "@tabletap/shared";
import type { OrderMap } from "../orderMap";

/**
 * One station's view of the board: orders with dishes for it, showing only those dishes. Orders from
 * before stations existed (lines without a station) stay on every board, so nothing goes missing.
 */
export function stationOrders(orders: OrderMap, stationId: string | null): OrderMap {
  if (stationId === null) return orders;
  const kept = new Map<string, Order>();
  for (const [id, order] of orders) {
    if (order.lines.every((line) => !line.stationId)) {
      kept.set(id, order);
      continue;
    }
    const lines = order.lines.filter((line) => line.stationId === stationId);
    if (lines.length > 0) kept.set(id, { ...order, lines });
  }
  return kept;
}

/** Whether the station still has to bump its part of this order. */
export const stationOwes = (order: Order, stationId: string): boolean =>
  (order.status === "accepted" || order.status === "preparing") &&
  order.lines.some((line) => line.stationId === stationId) &&
  !(order.stationsDone ?? []).includes(stationId);
