import { daysBetween, previousPeriod, type SalesReport } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { fail, type Result, succeed } from "../../lib/result.js";
import { computeRollups, type DayRollup } from "./day-rollups.repository.js";
import { partDayCut } from "./part-day.js";
import { findReportShop, reportLabels } from "./report-shops.repository.js";
import { dayRollups } from "./rollup-store.js";
import { totalsFrom } from "./sales-totals.js";

type Pair = [number, number];
const add = (into: Record<string, Pair>, key: string, [orders, net]: Pair) => {
  const entry = into[key] ?? [0, 0];
  into[key] = [entry[0] + orders, entry[1] + net];
};

/**
 * A range's report compared with the same number of days before it, added up from per-day rollups that
 * are recomputed whenever a day's orders change (rollup-store.ts), so it is always the orders as they are
 * now and a month over 100,000 orders answers from a few dozen rows. A range ending today is compared with
 * the previous period up to the same time of day (part-day.ts).
 */
export async function salesReport(
  db: Db,
  query: { shopId: string; from: string; to: string; now: number },
): Promise<Result<SalesReport>> {
  const shop = await findReportShop(db, query.shopId);
  if (!shop) return fail("not_found", "Shop not found");
  const previous = previousPeriod(query);
  const zoned = { shopId: query.shopId, timeZone: shop.timezone };
  const rollups = await dayRollups(db, zoned, { from: previous.from, to: query.to });
  const cut = partDayCut(query, previous, { timeZone: shop.timezone, now: query.now });
  if (cut) {
    // Computed from the orders themselves: the stored rollup holds the whole day.
    const partDay = (await computeRollups(db, zoned, [cut.day], cut.before)).get(cut.day);
    if (partDay) rollups.set(cut.day, partDay);
  }
  const pick = (from: string, to: string) =>
    daysBetween(from, to).flatMap((day) => {
      const rollup = rollups.get(day);
      return rollup ? [[day, rollup] as const] : [];
    });
  const current = pick(query.from, query.to);
  const sum = (days: (readonly [string, DayRollup])[]) =>
    totalsFrom(
      days.reduce(
        (t, [, r]) => ({
          gross: t.gross + r.gross,
          discounts: t.discounts + r.discounts,
          refunds: t.refunds + r.refunds,
          tips: t.tips + r.tips,
          orders: t.orders + r.orders,
          cancellations: t.cancellations + r.cancellations,
        }),
        { gross: 0, discounts: 0, refunds: 0, tips: 0, orders: 0, cancellations: 0 },
      ),
    );

  const hours = Array.from({ length: 24 }, (_, hour) => ({ hour, orders: 0, net: 0 }));
  const tables: Record<string, Pair> = {};
  const payments: Record<string, Pair> = {};
  const items: Record<string, { name: string; quantity: number; sales: number }> = {};
  for (const [, r] of current) {
    r.hours.forEach(([orders, net], hour) => {
      const slot = hours[hour];
      if (slot) Object.assign(slot, { orders: slot.orders + orders, net: slot.net + net });
    });
    for (const [id, pair] of Object.entries(r.tables)) add(tables, id, pair);
    for (const [method, pair] of Object.entries(r.payments)) add(payments, method, pair);
    for (const [id, [name, quantity, sales]] of Object.entries(r.items)) {
      const entry = items[id] ?? { name, quantity: 0, sales: 0 };
      // Days run oldest first, so the newest name an item was sold under wins.
      items[id] = { name, quantity: entry.quantity + quantity, sales: entry.sales + sales };
    }
  }
  const names = await reportLabels(db, query.shopId);
  const itemRows = Object.entries(items)
    .map(([itemId, { name, quantity, sales }]) => ({
      itemId,
      name,
      category: names.categoryOf.get(itemId) ?? "",
      quantity,
      sales,
    }))
    .sort((a, b) => b.sales - a.sales || a.name.localeCompare(b.name));
  const categories = new Map<string, { category: string; quantity: number; sales: number }>();
  for (const item of itemRows) {
    const entry = categories.get(item.category) ?? { category: item.category, quantity: 0, sales: 0 };
    categories.set(item.category, {
      ...entry,
      quantity: entry.quantity + item.quantity,
      sales: entry.sales + item.sales,
    });
  }
  const byNet = (a: { net: number }, b: { net: number }) => b.net - a.net;
  return succeed({
    from: query.from,
    to: query.to,
    currency: shop.currency,
    locale: shop.locale,
    timezone: shop.timezone,
    totals: sum(current),
    previous: {
      ...previous,
      totals: sum(pick(previous.from, previous.to)),
      ...(cut ? { until: cut.time, untilAt: new Date(cut.before).toISOString() } : {}),
    },
    days: current.filter(([, r]) => r.orders > 0).map(([day, r]) => ({ day, orders: r.orders, net: r.net })),
    items: itemRows,
    categories: [...categories.values()].sort((a, b) => b.sales - a.sales),
    hours,
    tables: Object.entries(tables)
      .map(([tableId, [orders, net]]) => ({
        tableId,
        label: names.tableLabel.get(tableId) ?? "",
        orders,
        net,
      }))
      .sort(byNet),
    payments: Object.entries(payments)
      .map(([method, [orders, net]]) => ({ method, orders, net }))
      .sort(byNet),
  });
}
