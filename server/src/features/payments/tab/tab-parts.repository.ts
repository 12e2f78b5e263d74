import { type Insertable, sql } from "kysely";
import type { Db } from "../../../db/database.js";
import type { TabPartsTable, TabPartUnitsTable } from "../../../db/schema.js";
import type { DueRound } from "./split-rules.js";

export interface Ledger {
  sittingId: string;
  shopId: string;
  tableId: string;
  held: number;
  paid: number;
  settled: number;
  closedAt: number | null;
  closedReason: string | null;
}

export type TabPartRow = Awaited<ReturnType<typeof findPart>> & {};

const toLedger = (row: {
  sittingId: string;
  shopId: string;
  tableId: string;
  held: number | string;
  paid: number | string;
  settled: number | string;
  closedAt: number | string | null;
  closedReason: string | null;
}): Ledger => ({
  ...row,
  held: Number(row.held),
  paid: Number(row.paid),
  settled: Number(row.settled),
  closedAt: row.closedAt === null ? null : Number(row.closedAt),
});

const ledgerColumns = [
  "sittingId",
  "shopId",
  "tableId",
  "held",
  "paid",
  "settled",
  "closedAt",
  "closedReason",
] as const;

/**
 * Takes the tab's ledger row for this transaction (creating it on the tab's first part): every later read
 * of the tab's parts, units and rounds in the transaction sees what the previous writer committed, and the
 * next writer waits (PostgreSQL row lock; SQLite has one writer). Parts are never priced from a stale bill.
 */
export async function lockLedger(
  trx: Db,
  tab: { sittingId: string; shopId: string; tableId: string },
): Promise<Ledger> {
  await trx
    .insertInto("tabLedgers")
    .values({ sittingId: tab.sittingId, shopId: tab.shopId, tableId: tab.tableId })
    .onConflict((oc) => oc.column("sittingId").doNothing())
    .execute();
  await trx
    .updateTable("tabLedgers")
    .set((eb) => ({ version: eb("version", "+", 1) }))
    .where("sittingId", "=", tab.sittingId)
    .execute();
  return toLedger(
    await trx
      .selectFrom("tabLedgers")
      .select(ledgerColumns)
      .where("sittingId", "=", tab.sittingId)
      .executeTakeFirstOrThrow(),
  );
}

export async function findLedger(db: Db, sittingId: string): Promise<Ledger | undefined> {
  const row = await db
    .selectFrom("tabLedgers")
    .select(ledgerColumns)
    .where("sittingId", "=", sittingId)
    .executeTakeFirst();
  return row && toLedger(row);
}

/**
 * Moves the ledger's held and paid amounts, only if neither goes below zero and, with `cap`, held and paid
 * together stay within it (the bill). False when refused: nothing changed.
 */
export async function changeLedger(
  trx: Db,
  sittingId: string,
  change: { held?: number; paid?: number; settled?: number; cap?: number; settledAt?: number },
): Promise<boolean> {
  const held = change.held ?? 0;
  const paid = change.paid ?? 0;
  const settled = change.settled ?? 0;
  let query = trx
    .updateTable("tabLedgers")
    .set({
      held: sql`held + ${held}`,
      paid: sql`paid + ${paid}`,
      settled: sql`settled + ${settled}`,
      ...(change.settledAt === undefined ? {} : { settledAt: change.settledAt }),
    })
    .where("sittingId", "=", sittingId)
    .where(sql<boolean>`held + ${held} >= 0 and paid + ${paid} >= 0`);
  if (change.cap !== undefined)
    query = query.where(sql<boolean>`held + paid + ${held + paid} <= ${change.cap}`);
  const updated = await query.executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

export async function closeLedger(
  trx: Db,
  sittingId: string,
  close: { staffId: string; reason: string; now: number },
): Promise<boolean> {
  const updated = await trx
    .updateTable("tabLedgers")
    .set({ closedAt: close.now, closedBy: close.staffId, closedReason: close.reason })
    .where("sittingId", "=", sittingId)
    .where("closedAt", "is", null)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/**
 * The open tab's rounds still to be paid, with their lines (a declared cross read of orders): placed and not
 * cancelled, not waiting for an online payment of their own, and not paid on their own.
 */
export async function readDueRounds(
  trx: Db,
  tab: { sittingId: string; tableId: string },
): Promise<BillRound[]> {
  const orders = await trx
    .selectFrom("orders")
    .select(["id", "pickupNumber", "status", "total", "submittedBy"])
    .where("sittingId", "=", tab.sittingId)
    .where("tableId", "=", tab.tableId)
    .where("status", "not in", ["cancelled", "expired", "pending_payment"])
    .where("paymentStatus", "=", "unpaid")
    .orderBy("createdAt")
    .orderBy("id")
    .execute();
  if (orders.length === 0) return [];
  const lines = await trx
    .selectFrom("orderLines")
    .select(["id", "orderId", "name", "quantity", "lineTotal", "optionsJson"])
    .where(
      "orderId",
      "in",
      orders.map((order) => order.id),
    )
    .orderBy("position")
    .execute();
  return orders.map((order) => ({
    orderId: order.id,
    pickupNumber: Number(order.pickupNumber),
    status: order.status,
    submittedBy: order.submittedBy,
    total: Number(order.total),
    lines: lines
      .filter((line) => line.orderId === order.id)
      .map((line) => ({
        id: line.id,
        name: line.name,
        quantity: Number(line.quantity),
        lineTotal: Number(line.lineTotal),
        options: (JSON.parse(line.optionsJson) as { name: string }[]).map((option) => option.name),
      })),
  }));
}

/** A round still due, with what the bill shows of it. */
export interface BillRound extends DueRound {
  pickupNumber: number;
  status: string;
  submittedBy: string | null;
  lines: DueLine[];
}

export interface DueLine {
  id: string;
  name: string;
  quantity: number;
  lineTotal: number;
  options: string[];
}

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
