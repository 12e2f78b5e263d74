import type { Order } from "@tabletap/shared";

export type OrderMap = ReadonlyMap<string, Order>;

export interface MergeResult {
  orders: OrderMap;
  /** Orders that just became `placed` here: new to the board, or paid since we last saw them. */
  arrivals: Order[];
}

/**
 * Folds incoming copies into the board, keeping whichever copy of an order has the higher `seq`.
 * Socket events and HTTP answers race each other, so an older copy may arrive after a newer one.
 * Returns the same map when nothing changed, so React can skip a render.
 */
export function mergeOrders(current: OrderMap, incoming: readonly Order[]): MergeResult {
  let next: Map<string, Order> | null = null;
  const arrivals: Order[] = [];
  for (const order of incoming) {
    const known = (next ?? current).get(order.id);
    if (known && known.seq >= order.seq) continue;
    next ??= new Map(current);
    next.set(order.id, order);
    if (order.status === "placed" && (!known || known.status === "pending_payment")) arrivals.push(order);
  }
  return { orders: next ?? current, arrivals };
}

/** Highest `seq` among the given orders, or `floor` when there is none higher. */
export function highestSeq(orders: readonly Order[], floor: number): number {
  return orders.reduce((max, order) => Math.max(max, order.seq), floor);
}
