import { type Insertable, sql } from "kysely";
import type { Db } from "../../../db/database.js";
import type { TabPartsTable, TabPartUnitsTable } from "../../../db/schema.js";

export type TabPartRow = Awaited<ReturnType<typeof findPart>> & {};

export function findPart(db: Db, partId: string) {
  return db.selectFrom("tabParts").selectAll().where("id", "=", partId).executeTakeFirst();
}

export function findPartByCheckout(db: Db, provider: string, providerRef: string) {
  return db
    .selectFrom("tabParts")
    .selectAll()
    .where("provider", "=", provider)
    .where("providerRef", "=", providerRef)
    .executeTakeFirst();
}

export function listParts(db: Db, sittingId: string) {
  return db
    .selectFrom("tabParts")
    .selectAll()
    .where("sittingId", "=", sittingId)
    .orderBy("createdAt")
    .orderBy("id")
    .execute();
}

export function listUnits(db: Db, sittingId: string) {
  return db.selectFrom("tabPartUnits").selectAll().where("sittingId", "=", sittingId).execute();
}

export async function insertPart(trx: Db, row: Insertable<TabPartsTable>): Promise<void> {
  await trx.insertInto("tabParts").values(row).execute();
}

/** The primary key (line, unit) refuses a unit another part holds or paid. */
export async function insertUnits(trx: Db, rows: TabPartUnitsTable[]): Promise<void> {
  if (rows.length > 0) await trx.insertInto("tabPartUnits").values(rows).execute();
}

export async function releaseUnits(trx: Db, partId: string): Promise<void> {
  await trx.deleteFrom("tabPartUnits").where("partId", "=", partId).execute();
}

/** Moves a part to `to` only if it is still in one of `from`; true if this call moved it. */
export async function movePart(
  trx: Db,
  change: {
    partId: string;
    from: string[];
    to: string;
    now: number;
    paidAt?: number;
    /** A lapsed part lets go of its share, so someone else can take share k of N. */
    freeShare?: boolean;
  },
): Promise<boolean> {
  const updated = await trx
    .updateTable("tabParts")
    .set({
      status: change.to,
      updatedAt: change.now,
      ...(change.paidAt === undefined ? {} : { paidAt: change.paidAt }),
      ...(change.freeShare ? { shareSlot: null } : {}),
    })
    .where("id", "=", change.partId)
    .where("status", "in", change.from)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** A paid part that lapsed takes its share slot back, unless someone took that share meanwhile. */
export async function retakeShare(trx: Db, partId: string, slot: string): Promise<void> {
  await trx.updateTable("tabParts").set({ shareSlot: slot }).where("id", "=", partId).execute();
}

export async function storePartCheckout(
  db: Db,
  partId: string,
  checkout: { providerRef: string; checkoutUrl: string; now: number },
): Promise<void> {
  await db
    .updateTable("tabParts")
    .set({ providerRef: checkout.providerRef, checkoutUrl: checkout.checkoutUrl, updatedAt: checkout.now })
    .where("id", "=", partId)
    .where("providerRef", "is", null)
    .execute();
}

/** A settled bill's shares are history: the next bill at the table may be split the same way again. */
export async function freeShareSlots(trx: Db, sittingId: string): Promise<void> {
  await trx.updateTable("tabParts").set({ shareSlot: null }).where("sittingId", "=", sittingId).execute();
}

/** Owes `amount` more back to the part's payer, never more than it paid (a check constraint holds it). */
export async function addRefundDue(trx: Db, partId: string, amount: number): Promise<void> {
  await trx
    .updateTable("tabParts")
    .set({ refundDue: sql`refund_due + ${amount}` })
    .where("id", "=", partId)
    .execute();
}

/** Records that the provider gave back everything owed up to `upTo`; false when an earlier run did. */
export async function markRefunded(trx: Db, partId: string, upTo: number, now: number): Promise<boolean> {
  const updated = await trx
    .updateTable("tabParts")
    .set({ refunded: upTo, updatedAt: now })
    .where("id", "=", partId)
    .where("refunded", "<", upTo)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

export function openPartsOf(trx: Db, sittingId: string) {
  return trx
    .selectFrom("tabParts")
    .selectAll()
    .where("sittingId", "=", sittingId)
    .where("status", "=", "open")
    .execute();
}

/**
 * Parts with a checkout, opened between `since` and `before`, that no payment settled: open ones, and ones
 * that lapsed, whose money may still have come without its notification.
 */
export function findUnsettledParts(db: Db, window: { since: number; before: number; limit: number }) {
  return db
    .selectFrom("tabParts")
    .selectAll()
    .where("status", "in", ["open", "expired", "cancelled", "failed"])
    .where("providerRef", "is not", null)
    .where("createdAt", "<", window.before)
    .where("createdAt", ">=", window.since)
    .limit(window.limit)
    .execute();
}
