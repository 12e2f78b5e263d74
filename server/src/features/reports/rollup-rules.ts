import { localHourOf } from "./local-hours.js";

/** One shop day's figures, from which any range's report is added up. Amounts in minor units. */
export interface DayRollup {
  gross: number;
  discounts: number;
  refunds: number;
  tips: number;
  /** Standing sales: their count and Σ total (= the day's net). */
  orders: number;
  net: number;
  cancellations: number;
  /** [orders, net] per shop-local hour 0–23. */
  hours: [number, number][];
  tables: Record<string, [number, number]>;
  payments: Record<string, [number, number]>;
  /** itemId → [name, quantity, Σ line totals]. */
  items: Record<string, [string, number, number]>;
}

/** A count or sum as a driver returns it: PostgreSQL's bigints arrive as strings. */
export type Num = number | string;
const n = (value: Num | null | undefined) => Number(value ?? 0);

export const emptyRollup = (): DayRollup => ({
  gross: 0,
  discounts: 0,
  refunds: 0,
  tips: 0,
  orders: 0,
  net: 0,
  cancellations: 0,
  hours: Array.from({ length: 24 }, () => [0, 0] as [number, number]),
  tables: {},
  payments: {},
  items: {},
});

/** The rows of one pass over some days' sales (see day-rollups.ts), each grouped by shop day. */
export interface RollupRows {
  totals: {
    day: string;
    gross: Num;
    discounts: Num;
    refunds: Num;
    tips: Num;
    orders: Num;
    net: Num;
    cancellations: Num;
  }[];
  /** `bucket`: quarter hours since the epoch (local-hours.ts). */
  buckets: { day: string; bucket: Num; orders: Num; net: Num }[];
  tables: { day: string; tableId: string; orders: Num; net: Num }[];
  payments: { day: string; method: string; tender: string | null; orders: Num; net: Num }[];
  items: { day: string; itemId: string; name: string; quantity: Num; sales: Num }[];
}

/** Counter orders say how they were paid once staff took the money; before that they are still owed. */
export const paymentKey = (method: string, tender: string | null): string =>
  method === "online" ? "online" : (tender ?? "unpaid");

/**
 * Adds the rows up into one rollup per asked day (a day without sales stays at zero): quarter hours land
 * in the shop-local hour they fell in, and a counter order's payments under the tender staff took.
 */
export function foldRollups(
  days: readonly string[],
  rows: RollupRows,
  timeZone: string,
): Map<string, DayRollup> {
  const rollups = new Map(days.map((day) => [day, emptyRollup()]));
  const of = (day: string) => rollups.get(day) ?? emptyRollup();
  for (const r of rows.totals) {
    Object.assign(of(r.day), {
      gross: n(r.gross),
      discounts: n(r.discounts),
      refunds: n(r.refunds),
      tips: n(r.tips),
      orders: n(r.orders),
      net: n(r.net),
      cancellations: n(r.cancellations),
    });
  }
  const hourOf = localHourOf(timeZone);
  for (const r of rows.buckets) {
    const slot = of(r.day).hours[hourOf(n(r.bucket))];
    if (!slot) continue;
    slot[0] += n(r.orders);
    slot[1] += n(r.net);
  }
  for (const r of rows.tables) of(r.day).tables[r.tableId] = [n(r.orders), n(r.net)];
  for (const r of rows.payments) {
    const method = paymentKey(r.method, r.tender);
    const entry = of(r.day).payments[method] ?? [0, 0];
    of(r.day).payments[method] = [entry[0] + n(r.orders), entry[1] + n(r.net)];
  }
  for (const r of rows.items) of(r.day).items[r.itemId] = [r.name, n(r.quantity), n(r.sales)];
  return rollups;
}
