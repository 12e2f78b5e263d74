import type { Insertable } from "kysely";
import type { Db } from "../../db/database.js";
import type { PaymentsTable } from "../../db/schema.js";

export function findPayment(db: Db, paymentId: string) {
  return db.selectFrom("payments").selectAll().where("id", "=", paymentId).executeTakeFirst();
}

/** An order has at most one payment (unique order_id). */
export function findPaymentOfOrder(db: Db, orderId: string) {
  return db.selectFrom("payments").selectAll().where("orderId", "=", orderId).executeTakeFirst();
}

/** Writes a payment; `onlyFirst` leaves an order's existing payment alone. True if this call wrote it. */
export async function insertPayment(
  trx: Db,
  row: Insertable<PaymentsTable>,
  options: { onlyFirst: boolean } = { onlyFirst: false },
): Promise<boolean> {
  let query = trx.insertInto("payments").values(row);
  if (options.onlyFirst) query = query.onConflict((oc) => oc.column("orderId").doNothing());
  const inserted = await query.executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * Keeps the provider's checkout on the payment unless another one was stored first (two taps at once),
 * and returns the checkout URL the payment ends up with.
 */
export async function storeCheckout(
  db: Db,
  paymentId: string,
  checkout: { providerRef: string; checkoutUrl: string; now: number },
): Promise<string | null> {
  await db
    .updateTable("payments")
    .set({ providerRef: checkout.providerRef, checkoutUrl: checkout.checkoutUrl, updatedAt: checkout.now })
    .where("id", "=", paymentId)
    .where("checkoutUrl", "is", null)
    .execute();
  const stored = await db
    .selectFrom("payments")
    .select(["checkoutUrl"])
    .where("id", "=", paymentId)
    .executeTakeFirstOrThrow();
  return stored.checkoutUrl;
}

/** Moves a payment to `to` only if it is still in one of `from`; true if this call moved it. */
export async function movePayment(
  trx: Db,
  change: { paymentId: string; from: string[]; to: string; now: number; paidAt?: number },
): Promise<boolean> {
  const updated = await trx
    .updateTable("payments")
    .set({
      status: change.to,
      updatedAt: change.now,
      ...(change.paidAt !== undefined ? { paidAt: change.paidAt } : {}),
    })
    .where("id", "=", change.paymentId)
    .where("status", "in", change.from)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** Payments still waiting at their provider since before `before`, oldest batch first. */
export function findStalePendingPayments(db: Db, before: number, limit: number) {
  return db
    .selectFrom("payments")
    .selectAll()
    .where("status", "=", "pending")
    .where("providerRef", "is not", null)
    .where("createdAt", "<", before)
    .limit(limit)
    .execute();
}
