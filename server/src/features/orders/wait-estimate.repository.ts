import type { Db } from "../../db/database.js";

/** Orders still being made: what stands ahead of a diner's order. */
export const waitingStatuses = ["placed", "accepted", "preparing"];

export function findOrderForWait(db: Db, orderId: string) {
  return db
    .selectFrom("orders")
    .select(["shopId", "status", "needsApproval", "createdAt"])
    .where("id", "=", orderId)
    .executeTakeFirst();
}

/** The shop's orders in the kitchen placed before this one. */
export async function countOrdersAhead(
  db: Db,
  order: { id: string; shopId: string; createdAt: number },
): Promise<number> {
  const ahead = await db
    .selectFrom("orders")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("shopId", "=", order.shopId)
    .where("status", "in", waitingStatuses)
    .where("needsApproval", "=", 0)
    .where("createdAt", "<", order.createdAt)
    .where("id", "!=", order.id)
    .executeTakeFirstOrThrow();
  return Number(ahead.n);
}

/** When the order was accepted, if it was. */
export async function acceptedAt(db: Db, orderId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom("orderStatusChanges")
    .select("at")
    .where("orderId", "=", orderId)
    .where("toStatus", "=", "accepted")
    .executeTakeFirst();
  return row ? Number(row.at) : undefined;
}

/** Minutes from accepted to ready of the shop's latest orders that got there after `since`. */
export async function recentPrepMinutes(
  db: Db,
  shopId: string,
  since: number,
  limit: number,
): Promise<number[]> {
  const rows = await db
    .selectFrom("orderStatusChanges as ready")
    .innerJoin("orderStatusChanges as accepted", (join) =>
      join.onRef("accepted.orderId", "=", "ready.orderId").on("accepted.toStatus", "=", "accepted"),
    )
    .select(["ready.at as readyAt", "accepted.at as acceptedAt"])
    .where("ready.shopId", "=", shopId)
    .where("ready.toStatus", "=", "ready")
    .where("ready.at", ">", since)
    .orderBy("ready.at", "desc")
    .limit(limit)
    .execute();
  return rows
    .map((row) => (Number(row.readyAt) - Number(row.acceptedAt)) / 60_000)
    .filter((minutes) => minutes >= 0);
}
