import { randomUUID } from "node:crypto";
import type { OrderStatus, PaymentStatus } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { releaseCoupon } from "../coupons/index.js";
import { nextSeq } from "../shops/index.js";
import { orderMove } from "./status-rules.js";

export type TransitionResult =
  | { ok: true; from: OrderStatus }
  | { ok: false; reason: "not_found" | "invalid_transition"; from?: OrderStatus };

/**
 * The one way an order changes inside a transaction: checks the move (status-rules.ts), takes the shop's
 * next seq, updates only if the status is still the one read (so racing writers can't both win) and records
 * history.
 */
export async function transitionOrder(
  trx: Db,
  change: {
    shopId: string;
    orderId: string;
    to: OrderStatus;
    staffId: string | null;
    now: number;
    paymentStatus?: PaymentStatus;
    /** Why, as staff said it; kept with the history row. */
    reason?: string;
    /** The status the caller just read in this transaction, to save reading it again. */
    from?: OrderStatus;
  },
): Promise<TransitionResult> {
  const { shopId, orderId, to, now } = change;
  const from = change.from ?? (await currentStatus(trx, shopId, orderId));
  if (!from) return { ok: false, reason: "not_found" };
  const move = orderMove(from, to);
  if (!move.ok) return { ok: false, reason: move.reason, from };
  const seq = await nextSeq(trx, shopId);
  const result = await trx
    .updateTable("orders")
    .set({
      status: to,
      seq,
      updatedAt: now,
      ...(change.paymentStatus ? { paymentStatus: change.paymentStatus } : {}),
      ...(move.startsKitchenClock ? { placedAt: now } : {}),
    })
    .where("id", "=", orderId)
    .where("status", "=", from)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return { ok: false, reason: "invalid_transition", from };
  // In the same transaction as the change, so the use comes back exactly when the order ends.
  if (move.releasesCoupon) await releaseCoupon(trx, orderId);
  if (move.changes) {
    await trx
      .insertInto("orderStatusChanges")
      .values({
        id: randomUUID(),
        orderId,
        shopId,
        fromStatus: from,
        toStatus: to,
        staffId: change.staffId,
        at: now,
        reason: change.reason ?? null,
      })
      .execute();
  }
  return { ok: true, from };
}

async function currentStatus(trx: Db, shopId: string, orderId: string): Promise<OrderStatus | undefined> {
  const row = await trx
    .selectFrom("orders")
    .select("status")
    .where("shopId", "=", shopId)
    .where("id", "=", orderId)
    .executeTakeFirst();
  return row?.status as OrderStatus | undefined;
}
