import type { OrderStatus, PaymentStatus, TableTab } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { findOpenSitting } from "../tables/index.js";

const notCharged = new Set(["cancelled", "expired"]);

/**
 * The rounds of the table's open sitting only: a closed sitting's orders belong to guests who left, and
 * an order is in at most one sitting, so no other table's or sitting's order can show up here.
 */
export async function loadTab(db: Db, table: { id: string; currency: string }): Promise<TableTab> {
  const sitting = await findOpenSitting(db, table.id);
  if (!sitting) return { open: false, openedAt: null, currency: table.currency, rounds: [], total: 0 };
  const orders = await db
    .selectFrom("orders")
    .select(["id", "pickupNumber", "status", "paymentStatus", "total", "submittedBy", "createdAt"])
    .where("sittingId", "=", sitting.id)
    .where("tableId", "=", table.id)
    .orderBy("createdAt")
    .orderBy("id")
    .execute();
  const lines =
    orders.length === 0
      ? []
      : await db
          .selectFrom("orderLines")
          .select(["orderId", "name", "quantity", "optionsJson", "lineTotal"])
          .where(
            "orderId",
            "in",
            orders.map((order) => order.id),
          )
          .orderBy("position")
          .execute();
  const rounds = orders.map((order) => ({
    orderId: order.id,
    pickupNumber: Number(order.pickupNumber),
    status: order.status as OrderStatus,
    paymentStatus: order.paymentStatus as PaymentStatus,
    total: Number(order.total),
    submittedBy: order.submittedBy,
    placedAt: new Date(Number(order.createdAt)).toISOString(),
    lines: lines
      .filter((line) => line.orderId === order.id)
      .map((line) => ({
        name: line.name,
        quantity: Number(line.quantity),
        options: (JSON.parse(line.optionsJson) as { name: string }[]).map((option) => option.name),
        lineTotal: Number(line.lineTotal),
      })),
  }));
  const total = rounds.filter((round) => !notCharged.has(round.status)).reduce((sum, r) => sum + r.total, 0);
  return {
    open: true,
    openedAt: new Date(Number(sitting.openedAt)).toISOString(),
    currency: table.currency,
    rounds,
    total,
  };
}
