import type { TabBill, TabPart, TabPartKind, TabPartStatus, TabSummary } from "@tabletap/shared";
import type { Db } from "../../../db/database.js";
import { findOpenSitting } from "../../tables/index.js";
import { billState, leftOf, unitAmounts } from "./split-rules.js";
import { findLedger, type Ledger, readDueRounds } from "./tab-ledger.repository.js";
import { listParts, listUnits, type TabPartRow } from "./tab-parts.repository.js";

/** The tab a part belongs to, and the money it is kept in. */
export interface TabRef {
  sittingId: string;
  shopId: string;
  tableId: string;
  currency: string;
}

const iso = (ms: number | string | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

export function publicPart(row: TabPartRow): TabPart {
  return {
    id: row.id,
    kind: row.kind as TabPartKind,
    payer: row.payer,
    amount: Number(row.amount),
    tip: Number(row.tip),
    method: row.provider,
    tender: row.tender === "cash" || row.tender === "card" ? row.tender : null,
    status: row.status as TabPartStatus,
    share:
      row.shareCount === null || row.shareIndex === null
        ? null
        : { index: Number(row.shareIndex), count: Number(row.shareCount) },
    refunded: Number(row.refundDue),
    units: JSON.parse(row.unitsJson) as TabPart["units"],
    createdAt: iso(row.createdAt) ?? "",
    paidAt: iso(row.paidAt),
    expiresAt: iso(row.expiresAt),
  };
}

const emptyLedger = (tab: TabRef): Ledger => ({
  sittingId: tab.sittingId,
  shopId: tab.shopId,
  tableId: tab.tableId,
  held: 0,
  paid: 0,
  settled: 0,
  closedAt: null,
  closedReason: null,
});

/** The bill's figures and state, read in `db` (inside a unit, after its changes, for its announcement). */
export async function billSummary(db: Db, tab: TabRef): Promise<TabSummary> {
  const ledger = (await findLedger(db, tab.sittingId)) ?? emptyLedger(tab);
  const rounds = await readDueRounds(db, tab);
  return summaryOf(
    tab,
    ledger,
    rounds.reduce((sum, round) => sum + round.total, 0),
  );
}

function summaryOf(tab: TabRef, ledger: Ledger, due: number): TabSummary {
  const state = billState({ ...ledger, due, closed: ledger.closedAt !== null });
  return {
    tableId: tab.tableId,
    state,
    currency: tab.currency,
    due,
    paid: ledger.paid,
    left: leftOf({ ...ledger, due }),
  };
}

/** The table's bill as any phone at the table (or staff) reads it. */
export async function readBill(
  db: Db,
  table: { id: string; shopId: string; currency: string },
): Promise<TabBill> {
  const sitting = await findOpenSitting(db, table.id);
  if (!sitting) {
    return {
      tableId: table.id,
      open: false,
      state: "open",
      currency: table.currency,
      due: 0,
      paid: 0,
      held: 0,
      left: 0,
      tips: 0,
      closedReason: null,
      rounds: [],
      parts: [],
    };
  }
  const tab = { sittingId: sitting.id, shopId: table.shopId, tableId: table.id, currency: table.currency };
  const [ledger, rounds, parts, units] = await Promise.all([
    findLedger(db, sitting.id).then((found) => found ?? emptyLedger(tab)),
    readDueRounds(db, tab),
    listParts(db, sitting.id),
    listUnits(db, sitting.id),
  ]);
  const due = rounds.reduce((sum, round) => sum + round.total, 0);
  const statusOf = new Map(parts.map((part) => [part.id, part.status]));
  const holder = new Map(units.map((unit) => [`${unit.orderLineId}:${unit.unit}`, unit.partId]));
  return {
    ...summaryOf(tab, ledger, due),
    open: true,
    held: ledger.held,
    tips: parts.filter((part) => part.status === "paid").reduce((sum, part) => sum + Number(part.tip), 0),
    closedReason: ledger.closedReason,
    rounds: rounds.map((round) => {
      const prices = unitAmounts(round);
      return {
        orderId: round.orderId,
        pickupNumber: round.pickupNumber,
        submittedBy: round.submittedBy,
        total: round.total,
        lines: round.lines.map((line) => ({
          lineId: line.id,
          name: line.name,
          options: line.options,
          quantity: line.quantity,
          lineTotal: line.lineTotal,
          units: (prices.get(line.id) ?? []).map((amount, unit) => {
            const partId = holder.get(`${line.id}:${unit}`) ?? null;
            const status = partId === null ? "free" : statusOf.get(partId) === "paid" ? "paid" : "held";
            return { unit, amount, status, partId };
          }),
        })),
      };
    }),
    parts: parts.map(publicPart),
  };
}
