import type { OrderStatus } from "@tabletap/shared";
import type { UnitOfWork } from "../../../db/unit-of-work.js";
import { findOrderForPayment, type OrderEventDeps, transitionOrder } from "../../orders/index.js";
import { findShop } from "../../shops/index.js";
import { billSummary, type TabRef } from "./bill.js";
import { refundsForExcess } from "./split-rules.js";
import { changeLedger, findLedger, lockLedger, readDueRounds } from "./tab-ledger.repository.js";
import {
  addRefundDue,
  freeShareSlots,
  insertUnits,
  listParts,
  listUnits,
  movePart,
  releaseUnits,
  retakeShare,
  type TabPartRow,
} from "./tab-parts.repository.js";

/**
 * What happens to a tab's parts after they were opened: paid, lapsed, refunded, and the bill settled. Each
 * runs inside a unit of work that starts by taking the tab's ledger row (lockLedger), so the steps of one
 * tab never interleave, on either dialect and from any number of API nodes and workers.
 */

/** The tab of a part, with its currency, for locking and announcing. */
export const tabOfPart = (part: TabPartRow): TabRef => ({
  sittingId: part.sittingId,
  shopId: part.shopId,
  tableId: part.tableId,
  currency: part.currency,
});

export async function tabRefOf(
  unit: UnitOfWork,
  tab: { sittingId: string; shopId: string; tableId: string },
): Promise<TabRef> {
  const shop = await findShop(unit.trx, tab.shopId);
  if (!shop) throw new Error(`tab ${tab.sittingId} has no shop`);
  return { ...tab, currency: shop.currency };
}

/** Boards and the table's phones hear the bill as it stands once this unit commits. */
export async function announceBill(unit: UnitOfWork, deps: OrderEventDeps, tab: TabRef): Promise<void> {
  const summary = await billSummary(unit.trx, tab);
  unit.afterCommit(() => deps.publisher.tabBillUpdated(tab.shopId, summary));
}

/** An open part lets go of what it held (its checkout expired, its payer cancelled, the payment failed). */
export async function lapsePart(
  unit: UnitOfWork,
  part: TabPartRow,
  to: "expired" | "cancelled" | "failed",
  now: number,
): Promise<boolean> {
  const moved = await movePart(unit.trx, { partId: part.id, from: ["open"], to, now, freeShare: true });
  if (!moved) return false;
  await releaseUnits(unit.trx, part.id);
  if (!(await changeLedger(unit.trx, part.sittingId, { held: -Number(part.amount) })))
    throw new Error(`tab ${part.sittingId} held less than part ${part.id}`);
  return true;
}

export type PaidOutcome = "paid" | "paid_late" | "duplicate" | "refunded_late";

/**
 * The provider says the part's money came. An open part turns its hold into a payment. A part that lapsed
 * meanwhile is taken again if the bill still has room for it and its units are still free; otherwise the
 * money goes back whole (tip included). Anything else has been settled before: a duplicate.
 */
export async function admitPayment(unit: UnitOfWork, part: TabPartRow, now: number): Promise<PaidOutcome> {
  const { trx } = unit;
  const amount = Number(part.amount);
  if (part.status === "open") {
    await movePart(trx, { partId: part.id, from: ["open"], to: "paid", now, paidAt: now });
    if (!(await changeLedger(trx, part.sittingId, { held: -amount, paid: amount })))
      throw new Error(`tab ${part.sittingId} held less than part ${part.id}`);
    return "paid";
  }
  if (!["expired", "cancelled", "failed"].includes(part.status)) return "duplicate";
  if (await readmit(unit, part, now)) return "paid_late";
  await movePart(trx, { partId: part.id, from: [part.status], to: "refund_pending", now, paidAt: now });
  await addRefundDue(trx, part.id, amount + Number(part.tip));
  await unit.enqueue({ name: "tab-part.refund", payload: { partId: part.id }, now });
  return "refunded_late";
}

async function readmit(unit: UnitOfWork, part: TabPartRow, now: number): Promise<boolean> {
  const { trx } = unit;
  const rounds = await readDueRounds(trx, part);
  const due = rounds.reduce((sum, round) => sum + round.total, 0);
  const units = JSON.parse(part.unitsJson) as { lineId: string; unit: number }[];
  const lines = new Set(rounds.flatMap((round) => round.lines.map((line) => line.id)));
  const taken = new Set((await listUnits(trx, part.sittingId)).map((u) => `${u.orderLineId}:${u.unit}`));
  if (units.some((u) => !lines.has(u.lineId) || taken.has(`${u.lineId}:${u.unit}`))) return false;
  if (!(await changeLedger(trx, part.sittingId, { paid: Number(part.amount), cap: due }))) return false;
  await movePart(trx, { partId: part.id, from: [part.status], to: "paid", now, paidAt: now });
  await insertUnits(
    trx,
    units.map((u) => ({ orderLineId: u.lineId, unit: u.unit, partId: part.id, sittingId: part.sittingId })),
  );
  if (part.shareCount !== null && part.shareIndex !== null) {
    const slot = `${part.shareCount}:${part.shareIndex}`;
    const parts = await listParts(trx, part.sittingId);
    if (!parts.some((other) => other.shareSlot === slot)) await retakeShare(trx, part.id, slot);
  }
  return true;
}

/**
 * Brings the tab's money in line with its bill, under its lock: what parts paid beyond a bill that shrank
 * (staff cancelled a round) goes back, newest parts first; and once the parts cover the whole bill and no
 * checkout is open, its rounds are marked paid (they leave the bill, their amount moves to `settled`) and
 * everyone hears the tab is paid. Returns true when it settled.
 */
export async function balanceTab(
  unit: UnitOfWork,
  deps: OrderEventDeps,
  tab: TabRef,
  now: number,
): Promise<boolean> {
  const { trx } = unit;
  const ledger = await lockLedger(trx, tab);
  const rounds = await readDueRounds(trx, tab);
  const due = rounds.reduce((sum, round) => sum + round.total, 0);
  if (ledger.paid > due) {
    const excess = ledger.paid - due;
    const paid = (await listParts(trx, tab.sittingId)).filter((part) => part.status === "paid");
    const refunds = refundsForExcess(
      excess,
      paid.map((part) => ({
        id: part.id,
        amount: Number(part.amount),
        refundDue: Number(part.refundDue),
        paidAt: Number(part.paidAt),
      })),
    );
    for (const { partId, refund } of refunds) {
      await addRefundDue(trx, partId, refund);
      await unit.enqueue({ name: "tab-part.refund", payload: { partId }, now });
    }
    await changeLedger(trx, tab.sittingId, { paid: -excess });
    ledger.paid = due;
  }
  if (ledger.closedAt !== null || due === 0 || ledger.held > 0 || ledger.paid < due) return false;
  for (const round of rounds) {
    const moved = await transitionOrder(unit, deps, {
      shopId: tab.shopId,
      orderId: round.orderId,
      from: round.status as OrderStatus,
      to: round.status as OrderStatus,
      staffId: null,
      now,
      paymentStatus: "paid",
    });
    // A round moved since it was read: this run rolls back and the job's retry reads the bill again.
    if (!moved.ok) throw new Error(`round ${round.orderId} changed while its tab was settled`);
  }
  await changeLedger(trx, tab.sittingId, { paid: -due, settled: due, settledAt: now });
  await freeShareSlots(trx, tab.sittingId);
  return true;
}

/**
 * A round left the bill (staff cancelled it, or took it at the counter on its own) in this unit: if its tab
 * is being paid in parts, a job brings the tab's money in line after the commit (it takes the tab's lock
 * on its own, so this unit never waits for it while holding the shop's row).
 */
export async function queueTabBalance(unit: UnitOfWork, orderId: string, now: number): Promise<void> {
  const order = await findOrderForPayment(unit.trx, { orderId });
  if (!order?.sittingId || !(await findLedger(unit.trx, order.sittingId))) return;
  await unit.enqueue({
    name: "tab.balance",
    payload: { sittingId: order.sittingId, shopId: order.shopId, tableId: order.tableId },
    now,
  });
}
