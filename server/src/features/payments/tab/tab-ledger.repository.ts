import { sql } from "kysely";
import type { Db } from "../../../db/database.js";
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
