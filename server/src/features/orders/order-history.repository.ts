import type { OrderHistoryEntry, OrderStatus } from "@tabletap/shared";
import type { Db } from "../../db/database.js";

/** An order's status changes, oldest first, for the board's detail view; undefined for another shop's order. */
export async function findOrderHistory(
  db: Db,
  { shopId, orderId }: { shopId: string; orderId: string },
): Promise<OrderHistoryEntry[] | undefined> {
  const order = await db
    .selectFrom("orders")
    .select("id")
    .where("shopId", "=", shopId)
    .where("id", "=", orderId)
    .executeTakeFirst();
  if (!order) return undefined;
  const rows = await db
    .selectFrom("orderStatusChanges")
    .select(["fromStatus", "toStatus", "staffId", "at", "reason"])
    .where("shopId", "=", shopId)
    .where("orderId", "=", orderId)
    .orderBy("at")
    .execute();
  return rows.map((row) => ({
    from: row.fromStatus as OrderStatus | null,
    to: row.toStatus as OrderStatus,
    at: new Date(Number(row.at)).toISOString(),
    byStaff: row.staffId !== null,
    reason: row.reason,
  }));
}
