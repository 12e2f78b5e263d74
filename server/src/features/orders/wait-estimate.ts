import { estimateWait, median, type WaitEstimate } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import {
  acceptedAt,
  countOrdersAhead,
  findOrderForWait,
  recentPrepMinutes,
  waitingStatuses,
} from "./wait-estimate.repository.js";

/** How many of the shop's recently finished orders the typical preparation time is learnt from. */
const SAMPLE_ORDERS = 30;
/** Older kitchens (a different menu, a different crew) say little about today. */
const SAMPLE_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;
/** Fewer than this and the default is the better guess. */
const MIN_SAMPLES = 3;

/**
 * "Ready in about …" for a diner's order: the shop's median accepted→ready time over its recent orders,
 * the time this order has already spent being made, and the orders placed before it still in the kitchen.
 * Null when there is nothing to wait for (ready, over, waiting for payment or approval).
 */
export async function estimateOrderWait(db: Db, orderId: string, now: number): Promise<WaitEstimate | null> {
  const order = await findOrderForWait(db, orderId);
  if (!order || !waitingStatuses.includes(order.status) || order.needsApproval === 1) return null;
  const ahead = await countOrdersAhead(db, { id: orderId, shopId: order.shopId, createdAt: order.createdAt });
  const accepted = await acceptedAt(db, orderId);
  const prep = await recentPrepMinutes(db, order.shopId, now - SAMPLE_WINDOW_MS, SAMPLE_ORDERS);
  return estimateWait({
    medianPrepMinutes: prep.length >= MIN_SAMPLES ? median(prep) : null,
    minutesSinceAccepted: accepted === undefined ? null : (now - accepted) / 60_000,
    ordersAhead: ahead,
  });
}
