import { randomUUID } from "node:crypto";
import type { OrderStatus, PaymentStatus } from "@tabletap/shared";
import type { Db } from "../../db/database.js";

/** An order's status (and whether it waits for approval) within its shop; undefined for another shop's. */
export async function findOrderStatus(
  db: Db,
  shopId: string,
  orderId: string,
): Promise<{ status: OrderStatus; needsApproval: boolean } | undefined> {
  const row = await db
    .selectFrom("orders")
    .select(["status", "needsApproval"])
    .where("shopId", "=", shopId)
    .where("id", "=", orderId)
    .executeTakeFirst();
  return row && { status: row.status as OrderStatus, needsApproval: row.needsApproval === 1 };
}

/** Moves an order only if its status is still `from`, so racing writers can't both win; true if it moved. */
export async function updateOrderStatus(
  trx: Db,
  change: {
    orderId: string;
    from: OrderStatus;
    to: OrderStatus;
    seq: number;
    now: number;
    paymentStatus?: PaymentStatus | undefined;
    startsKitchenClock: boolean;
  },
): Promise<boolean> {
  const { orderId, from, to, seq, now } = change;
  const result = await trx
    .updateTable("orders")
    .set({
      status: to,
      seq,
      updatedAt: now,
      ...(change.paymentStatus ? { paymentStatus: change.paymentStatus } : {}),
      ...(change.startsKitchenClock ? { placedAt: now } : {}),
    })
    .where("id", "=", orderId)
    .where("status", "=", from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** One row of an order's status history. */
export async function recordStatusChange(
  trx: Db,
  change: {
    orderId: string;
    shopId: string;
    from: OrderStatus | null;
    to: OrderStatus;
    staffId: string | null;
    at: number;
    reason?: string | null | undefined;
  },
): Promise<void> {
  await trx
    .insertInto("orderStatusChanges")
    .values({
      id: randomUUID(),
      orderId: change.orderId,
      shopId: change.shopId,
      fromStatus: change.from,
      toStatus: change.to,
      staffId: change.staffId,
      at: change.at,
      reason: change.reason ?? null,
    })
    .execute();
}
