import { randomUUID } from "node:crypto";
import { addDays, localDay, localInstant } from "@tabletap/shared";
import type { Insertable } from "kysely";
import type { Db } from "../../../db/database.js";
import type { OrderLinesTable, OrdersTable, PaymentsTable } from "../../../db/schema.js";
import { insertPastOrders } from "../../orders/index.js";
import { insertPastPayments } from "../../payments/index.js";
import { setLastSeq } from "../../shops/index.js";
import { historySources, lastPickupNumber } from "./history-sources.repository.js";

export interface HistoryOptions {
  shopId: string;
  /** Days before `today` (the shop's) to fill; today itself is left to real orders. */
  days: number;
  /** Average orders on a weekday; weekends get about 40% more. */
  ordersPerDay: number;
  now: number;
  /** Deterministic histories for benches and tests. */
  seed?: number;
  onProgress?: (daysDone: number, ordersWritten: number) => void;
}

/** Mulberry32: a small seeded generator, so a bench writes the same history every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Minutes after midnight people order at: a lunch and a dinner rush, a quiet afternoon.
const RUSHES = [
  { center: 12.5 * 60, spread: 60, weight: 0.45 },
  { center: 19 * 60, spread: 80, weight: 0.45 },
  { center: 15.5 * 60, spread: 120, weight: 0.1 },
];

/**
 * Writes a realistic sales history for a shop: orders at lunch and dinner, busier weekends, popular and
 * unpopular items, coupons, tips, cash, card and online payments, a few cancellations (paid ones
 * refunded) and expired unpaid pay-first orders. Written in batches through the owners of orders,
 * payments and the shop's sequence, one transaction per day.
 */
export async function generateHistory(db: Db, options: HistoryOptions): Promise<{ orders: number }> {
  const rnd = random(options.seed ?? Date.now());
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const { shop, tables, items } = await historySources(db, options.shopId);
  if (items.length === 0 || tables.length === 0) throw new Error("the shop needs a menu and tables first");
  // A few favourites sell most: weight item i by 1/(i+1).
  const weights = items.map((_, i) => 1 / (i + 1));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const pickItem = () => {
    let r = rnd() * weightSum;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i] ?? 0;
      if (r <= 0) return items[i] ?? items[0];
    }
    return items[0];
  };
  const minuteOfDay = () => {
    const r = rnd();
    let reached = 0;
    const rush =
      RUSHES.find((x) => {
        reached += x.weight;
        return r <= reached;
      }) ?? RUSHES[0];
    const gaussian = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
    return Math.min(
      22 * 60 - 1,
      Math.max(10 * 60, Math.round((rush?.center ?? 720) + gaussian * (rush?.spread ?? 60))),
    );
  };

  const today = localDay(options.now, shop.timezone);
  let seq = shop.lastSeq;
  let written = 0;
  for (let d = options.days; d >= 1; d--) {
    const day = addDays(today, -d);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const busy = weekday === 0 || weekday === 6 ? 1.4 : 1;
    const count = Math.max(1, Math.round(options.ordersPerDay * busy * (0.85 + rnd() * 0.3)));
    // Pickup numbers are unique per shop day, so a second run continues after the first.
    const firstNumber = (await lastPickupNumber(db, shop.id, day)) + 1;
    const orders: Insertable<OrdersTable>[] = [];
    const lines: Insertable<OrderLinesTable>[] = [];
    const payments: Insertable<PaymentsTable>[] = [];
    const instants = Array.from({ length: count }, minuteOfDay)
      .sort((a, b) => a - b)
      .map((m) => localInstant(day, m, shop.timezone) + Math.floor(rnd() * 60_000));
    instants.forEach((createdAt, index) => {
      const id = randomUUID();
      const table = pick(tables);
      const online = rnd() < 0.45;
      const orderLines = Array.from({ length: 1 + Math.floor(rnd() * 4) }, (_, position) => {
        const item = pickItem();
        const quantity = rnd() < 0.8 ? 1 : 2 + Math.floor(rnd() * 2);
        const unitPrice = item?.price ?? 0;
        return {
          id: randomUUID(),
          orderId: id,
          shopId: shop.id,
          itemId: item?.id ?? "",
          position,
          name: item?.name ?? "",
          unitPrice,
          quantity,
          lineTotal: unitPrice * quantity,
          note: "",
          optionsJson: "[]",
        };
      });
      const subtotal = orderLines.reduce((s, l) => s + l.lineTotal, 0);
      const discount = rnd() < 0.08 ? Math.round(subtotal * 0.1) : 0;
      const total = subtotal - discount;
      const fate = rnd();
      // 3% cancelled (online ones were paid, so refunded), 2% of online orders never paid and expired.
      const [status, paymentStatus] =
        fate < 0.03
          ? ["cancelled", online ? "refunded" : "unpaid"]
          : online && fate < 0.05
            ? ["expired", "unpaid"]
            : ["completed", "paid"];
      const tip = status === "completed" && online && rnd() < 0.3 ? Math.round(total * 0.1) : 0;
      seq += 1;
      orders.push({
        id,
        shopId: shop.id,
        tableId: table?.id ?? "",
        seq,
        pickupNumber: firstNumber + index,
        businessDay: localDay(createdAt, shop.timezone),
        status,
        paymentStatus,
        note: "",
        subtotal,
        discount,
        total,
        tip,
        currency: shop.currency,
        paymentMethod: online ? "online" : "counter",
        idempotencyKey: `history-${id}`,
        requestHash: "history",
        orderToken: randomUUID(),
        createdAt,
        updatedAt: createdAt + 20 * 60_000,
        // A pay-first order reaches the kitchen once paid (a minute later here, like paidAt below).
        placedAt: status === "expired" ? null : online ? createdAt + 60_000 : createdAt,
      });
      lines.push(...orderLines);
      if (paymentStatus !== "unpaid") {
        payments.push({
          id: randomUUID(),
          shopId: shop.id,
          orderId: id,
          provider: online ? "sandbox" : "counter",
          providerRef: online ? `history-${id}` : null,
          amount: total,
          currency: shop.currency,
          status: paymentStatus,
          tender: online ? null : rnd() < 0.5 ? "cash" : "card",
          checkoutUrl: null,
          createdAt,
          updatedAt: createdAt,
          paidAt: createdAt + 60_000,
        });
      }
    });
    await db.transaction().execute(async (trx) => {
      await insertPastOrders(trx, { orders, lines });
      await insertPastPayments(trx, payments);
      await setLastSeq(trx, shop.id, seq);
    });
    written += orders.length;
    options.onProgress?.(options.days - d + 1, written);
  }
  return { orders: written };
}
