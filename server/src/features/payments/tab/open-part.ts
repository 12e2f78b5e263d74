import { randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import type { OpenedTabPart, TabBill, TabPart } from "@tabletap/shared";
import type { Db } from "../../../db/database.js";
import type { RunUnit } from "../../../db/unit-of-work.js";
import { type Failure, fail, type Result, succeed } from "../../../lib/result.js";
import type { OrderEventDeps } from "../../orders/index.js";
import { findShop } from "../../shops/index.js";
import { findOpenSitting } from "../../tables/index.js";
import type { PaymentProvider } from "../provider.js";
import { publicPart, readBill, type TabRef } from "./bill.js";
import { announceBill, balanceTab, lapsePart } from "./part-outcomes.js";
import { leftOf, type PartAsk, type PriceRefusal, pricePart } from "./split-rules.js";
import { changeLedger, closeLedger, lockLedger, readDueRounds } from "./tab-ledger.repository.js";
import {
  findPart,
  insertPart,
  insertUnits,
  listParts,
  listUnits,
  openPartsOf,
  storePartCheckout,
} from "./tab-parts.repository.js";

export interface TabPaymentDeps extends OrderEventDeps {
  db: Db;
  clock: () => number;
  runUnit: RunUnit;
  providers: Record<string, PaymentProvider>;
  publicUrl: string;
  /** How long a part's checkout (and so its hold on the bill) stays open. */
  paymentTimeoutMs: number;
}

export interface TabTable {
  id: string;
  shopId: string;
  token: string;
}

type Payer =
  | { kind: "diner"; name: string }
  | { kind: "counter"; staffId: string; tender: "cash" | "card"; name: string };

function refusal(price: PriceRefusal): Failure {
  switch (price.refused) {
    case "nothing_left":
      return fail("payment_not_needed", "Nothing is left to pay on this bill");
    case "unknown_line":
      return fail("unknown_line", "That line is not on the bill (already paid, or cancelled)", {
        lineId: price.lineId,
      });
    case "units_taken":
      return fail("tab_units_taken", "Someone else is paying for that already", {
        lineId: price.lineId,
        free: price.free,
      });
    case "shares_taken":
      return fail("tab_shares_taken", "Every share of that split is taken or paid");
    case "exceeds_left":
      return fail("tab_amount_exceeds_left", "That is more than is left to pay", {
        amount: price.amount,
        left: price.left,
      });
  }
}

/**
 * Opens a part of the table's bill. Under the tab's lock it prices the part from the bill as it stands,
 * holds its amount and units (the ledger's conditional update keeps held + paid within the bill; the units'
 * primary key keeps each unit to one part), and queues the hold's expiry with the checkout's. Money taken
 * at the counter is paid at once. The provider's checkout is opened after the commit, for amount + tip.
 */
export async function openTabPart(
  deps: TabPaymentDeps,
  request: { table: TabTable; ask: PartAsk; tip: number; payer: Payer },
): Promise<Result<OpenedTabPart>> {
  const { table, ask, tip, payer } = request;
  const shop = await findShop(deps.db, table.shopId);
  if (!shop) throw new Error(`table ${table.id} has no shop`);
  const provider =
    payer.kind === "counter"
      ? undefined
      : Object.hasOwn(deps.providers, shop.paymentProvider)
        ? deps.providers[shop.paymentProvider]
        : undefined;
  if (payer.kind === "diner" && !provider) {
    return fail(
      "payment_provider_unavailable",
      "Online payment is not available here right now; please pay at the counter",
    );
  }
  const sitting = await findOpenSitting(deps.db, table.id);
  if (!sitting) return fail("tab_not_open", "This table has no open tab");
  const tab: TabRef = {
    sittingId: sitting.id,
    shopId: table.shopId,
    tableId: table.id,
    currency: shop.currency,
  };
  const partToken = randomBytes(18).toString("base64url");
  const opened = await deps.runUnit(async (unit) => {
    const { trx } = unit;
    const now = deps.clock();
    const ledger = await lockLedger(trx, tab);
    if (ledger.closedAt !== null) return fail("tab_closed", "Staff closed this tab");
    const rounds = await readDueRounds(trx, tab);
    const due = rounds.reduce((sum, round) => sum + round.total, 0);
    const parts = await listParts(trx, tab.sittingId);
    const price = pricePart(ask, {
      rounds,
      takenUnits: (await listUnits(trx, tab.sittingId)).map((u) => ({ lineId: u.orderLineId, unit: u.unit })),
      liveShares: parts
        .filter((part) => part.shareSlot !== null)
        .map((part) => ({
          count: Number(part.shareCount),
          index: Number(part.shareIndex),
          base: Number(part.shareBase),
        })),
      left: leftOf({ due, paid: ledger.paid, held: ledger.held }),
    });
    if ("refused" in price) return refusal(price);
    if (tip > price.amount) return fail("tip_too_large", "A tip can be at most the part it is added to");
    const paid = payer.kind === "counter";
    const held = await changeLedger(
      trx,
      tab.sittingId,
      paid ? { paid: price.amount, cap: due } : { held: price.amount, cap: due },
    );
    if (!held) throw new Error(`tab ${tab.sittingId} refused a part priced under its lock`);
    const id = randomUUID();
    const row = {
      id,
      shopId: tab.shopId,
      sittingId: tab.sittingId,
      tableId: tab.tableId,
      kind: ask.kind,
      shareCount: price.share?.count ?? null,
      shareIndex: price.share?.index ?? null,
      shareBase: price.share?.base ?? null,
      shareSlot: price.share ? `${price.share.count}:${price.share.index}` : null,
      amount: price.amount,
      tip,
      currency: tab.currency,
      provider: paid ? "counter" : (provider?.name ?? ""),
      tender: paid ? payer.tender : null,
      providerRef: null,
      checkoutUrl: null,
      status: paid ? "paid" : "open",
      payer: payer.name,
      partToken,
      unitsJson: JSON.stringify(price.units),
      staffId: paid ? payer.staffId : null,
      expiresAt: paid ? null : now + deps.paymentTimeoutMs,
      createdAt: now,
      updatedAt: now,
      paidAt: paid ? now : null,
    };
    await insertPart(trx, row);
    await insertUnits(
      trx,
      price.units.map((u) => ({ orderLineId: u.lineId, unit: u.unit, partId: id, sittingId: tab.sittingId })),
    );
    if (paid) await balanceTab(unit, deps, tab, now);
    else
      await unit.enqueue({
        name: "tab-part.expire",
        payload: { partId: id },
        now,
        delayMs: deps.paymentTimeoutMs,
      });
    await announceBill(unit, deps, tab);
    return succeed(id);
  });
  if (!opened.ok) return opened;
  const part = await findPart(deps.db, opened.value);
  if (!part) throw new Error(`part ${opened.value} vanished`);
  if (!provider) return succeed({ part: publicPart(part), partToken, checkoutUrl: "" });
  let checkout: { providerRef: string; checkoutUrl: string };
  try {
    checkout = await provider.createCheckout({
      paymentId: part.id,
      amount: Number(part.amount) + Number(part.tip),
      currency: part.currency,
      merchantName: shop.name,
      locale: shop.locale,
      returnUrl: `${deps.publicUrl}/t/${table.token}`,
    });
  } catch (error) {
    // No checkout, no payment: the hold goes at once rather than when it would have expired.
    await deps.runUnit(async (unit) => {
      await lockLedger(unit.trx, tab);
      if (await lapsePart(unit, part, "failed", deps.clock())) await announceBill(unit, deps, tab);
    });
    throw error;
  }
  await storePartCheckout(deps.db, part.id, { ...checkout, now: deps.clock() });
  return succeed({ part: publicPart(part), partToken, checkoutUrl: checkout.checkoutUrl });
}

const sameToken = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/** The payer backs out of an open part (with the token its opening gave): its hold goes. */
export async function cancelTabPart(
  deps: TabPaymentDeps,
  request: { table: TabTable; partId: string; partToken: string },
): Promise<Result<TabPart>> {
  const part = await findPart(deps.db, request.partId);
  if (!part || part.tableId !== request.table.id || !sameToken(part.partToken, request.partToken)) {
    return fail("not_found", "No such part of this table's bill");
  }
  const cancelled = await deps.runUnit(async (unit) => {
    const tab = {
      sittingId: part.sittingId,
      shopId: part.shopId,
      tableId: part.tableId,
      currency: part.currency,
    };
    await lockLedger(unit.trx, tab);
    const current = await findPart(unit.trx, part.id);
    if (!current || !(await lapsePart(unit, current, "cancelled", deps.clock()))) {
      return fail("tab_part_not_cancellable", "This part is not open any more (paid, expired or cancelled)");
    }
    await announceBill(unit, deps, tab);
    return succeed(true);
  });
  if (!cancelled.ok) return cancelled;
  const after = await findPart(deps.db, part.id);
  if (!after) throw new Error(`part ${part.id} vanished`);
  return succeed(publicPart(after));
}

/** Staff close the tab by hand, with a reason: open parts let go, and no new part may open. */
export async function closeTabByHand(
  deps: TabPaymentDeps,
  request: { table: { id: string; shopId: string }; staffId: string; reason: string },
): Promise<Result<TabBill>> {
  const shop = await findShop(deps.db, request.table.shopId);
  if (!shop) throw new Error(`table ${request.table.id} has no shop`);
  const sitting = await findOpenSitting(deps.db, request.table.id);
  if (!sitting) return fail("tab_not_open", "This table has no open tab");
  const tab: TabRef = {
    sittingId: sitting.id,
    shopId: shop.id,
    tableId: request.table.id,
    currency: shop.currency,
  };
  const closed = await deps.runUnit(async (unit) => {
    const now = deps.clock();
    await lockLedger(unit.trx, tab);
    if (
      !(await closeLedger(unit.trx, tab.sittingId, { staffId: request.staffId, reason: request.reason, now }))
    ) {
      return fail("tab_closed", "This tab is closed already");
    }
    for (const part of await openPartsOf(unit.trx, tab.sittingId))
      await lapsePart(unit, part, "cancelled", now);
    await announceBill(unit, deps, tab);
    return succeed(true);
  });
  if (!closed.ok) return closed;
  return succeed(await readBill(deps.db, { id: tab.tableId, shopId: tab.shopId, currency: tab.currency }));
}
