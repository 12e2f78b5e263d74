import { estimateWait, median, type WaitEstimate } from "@tabletap/shared";
import type { Db } from "../../db/database.js";

/** How many of the shop's recently finished orders the typical preparation time is learnt from. */
const SAMPLE_ORDERS = 30;
/** Older kitchens (a different menu, a different crew) say little about today. */
const SAMPLE_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;
/** Fewer than this and the default is the better guess. */
const MIN_SAMPLES = 3;
const waiting = ["placed", "accepted", "preparing"];

/**
 * "Ready in about …" for a diner's order: the shop's median accepted→ready time over its recent orders,
 * the time this order has already spent being made, and the orders placed before it still in the kitchen.
 * Null when there is nothing to wait for (ready, over, waiting for payment or approval).
 */
export async function estimateOrderWait(db: Db, orderId: string, now: number): Promise<WaitEstimate | null> {
  const order = await db
    .selectFrom("orders")
    .select(["shopId", "status", "needsApproval", "createdAt"])
    .where("id", "=", orderId)
    .executeTakeFirst();
  if (!order || !waiting.includes(order.status) || order.needsApproval === 1) return null;
  const ahead = await db
    .selectFrom("orders")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("shopId", "=", order.shopId)
    .where("status", "in", waiting)
    .where("needsApproval", "=", 0)
    .where("createdAt", "<", order.createdAt)
    .where("id", "!=", orderId)
    .executeTakeFirstOrThrow();
  const accepted = await acceptedAt(db, orderId);
  const prep = await recentPrepMinutes(db, order.shopId, now);
  return estimateWait({
    medianPrepMinutes: prep.length >= MIN_SAMPLES ? median(prep) : null,
    minutesSinceAccepted: accepted === undefined ? null : (now - accepted) / 60_000,
    ordersAhead: Number(ahead.n),
  });
}

async function acceptedAt(db: Db, orderId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom("orderStatusChanges")
    .select("at")
    .where("orderId", "=", orderId)
    .where("toStatus", "=", "accepted")
    .executeTakeFirst();
  return row ? Number(row.at) : undefined;
}

/** Minutes from accepted to ready of the shop's latest orders that got there. */
async function recentPrepMinutes(db: Db, shopId: string, now: number): Promise<number[]> {
  const rows = await db
    .selectFrom("orderStatusChanges as ready")
    .innerJoin("orderStatusChanges as accepted", (join) =>
      join.onRef("accepted.orderId", "=", "ready.orderId").on("accepted.toStatus", "=", "accepted"),
    )
    .select(["ready.at as readyAt", "accepted.at as acceptedAt"])
    .where("ready.shopId", "=", shopId)
    .where("ready.toStatus", "=", "ready")
    .where("ready.at", ">", now - SAMPLE_WINDOW_MS)
    .orderBy("ready.at", "desc")
    .limit(SAMPLE_ORDERS)
    .execute();
  return rows
    .map((row) => (Number(row.readyAt) - Number(row.acceptedAt)) / 60_000)
    .filter((minutes) => minutes >= 0);
}
