import { sql } from "kysely";
import type { Db } from "../../db/database.js";
import { BUCKET_MS, localHourOf } from "./local-hours.js";
import { isSale, refunded, standing } from "./sales-rules.js";

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

type Num = number | string;
const n = (value: Num | null | undefined) => Number(value ?? 0);

const emptyRollup = (): DayRollup => ({
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

/**
 * Computes the figures of the given days (see sales-rules.ts for what counts), each query grouped by day
 * so a cold month costs one pass over its orders. Raw rows come back camelCased (CamelCasePlugin).
 */
export async function computeRollups(
  db: Db,
  shop: { shopId: string; timeZone: string },
  days: string[],
  /** Only orders created before this instant: part of a day, which is never stored as the day's rollup. */
  before?: number,
): Promise<Map<string, DayRollup>> {
  const rollups = new Map(days.map((day) => [day, emptyRollup()]));
  if (days.length === 0) return rollups;
  const dayFilter = sql`o.shop_id = ${shop.shopId} and o.business_day in (${sql.join(days)})`;
  const inDays = before === undefined ? dayFilter : sql`${dayFilter} and o.created_at < ${before}`;
  const where = sql`${inDays} and ${standing("o.")}`;
  const bucket = sql`o.created_at / ${sql.lit(BUCKET_MS)}`;
  const [totals, buckets, tables, payments, items] = await Promise.all([
    sql<{
      day: string;
      gross: Num;
      discounts: Num;
      refunds: Num;
      tips: Num;
      orders: Num;
      net: Num;
      cancellations: Num;
    }>`
      select o.business_day as day,
        sum(case when ${isSale("o.")} then o.subtotal else 0 end) as gross,
        sum(case when ${isSale("o.")} then o.discount else 0 end) as discounts,
        sum(case when ${refunded("o.")} then o.total else 0 end) as refunds,
        sum(case when ${standing("o.")} then o.tip else 0 end) as tips,
        count(case when ${standing("o.")} then 1 end) as orders,
        sum(case when ${standing("o.")} then o.total else 0 end) as net,
        count(case when o.status = 'cancelled' then 1 end) as cancellations
      from orders o where ${inDays} group by o.business_day`.execute(db),
    sql<{ day: string; bucket: Num; orders: Num; net: Num }>`
      select o.business_day as day, ${bucket} as bucket, count(*) as orders, sum(o.total) as net
      from orders o where ${where} group by o.business_day, ${bucket}`.execute(db),
    sql<{ day: string; tableId: string; orders: Num; net: Num }>`
      select o.business_day as day, o.table_id, count(*) as orders, sum(o.total) as net
      from orders o where ${where} group by o.business_day, o.table_id`.execute(db),
    sql<{ day: string; method: string; tender: string | null; orders: Num; net: Num }>`
      select o.business_day as day, o.payment_method as method, p.tender, count(*) as orders, sum(o.total) as net
      from orders o left join payments p on p.order_id = o.id
      where ${where} group by o.business_day, o.payment_method, p.tender`.execute(db),
    sql<{ day: string; itemId: string; name: string; quantity: Num; sales: Num }>`
      select o.business_day as day, l.item_id, max(l.name) as name, sum(l.quantity) as quantity,
        sum(l.line_total) as sales
      from orders o join order_lines l on l.order_id = o.id
      where ${where} group by o.business_day, l.item_id`.execute(db),
  ]);

  const of = (day: string) => rollups.get(day) ?? emptyRollup();
  for (const r of totals.rows) {
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
  const hourOf = localHourOf(shop.timeZone);
  for (const r of buckets.rows) {
    const slot = of(r.day).hours[hourOf(n(r.bucket))];
    if (!slot) continue;
    slot[0] += n(r.orders);
    slot[1] += n(r.net);
  }
  for (const r of tables.rows) of(r.day).tables[r.tableId] = [n(r.orders), n(r.net)];
  for (const r of payments.rows) {
    // Counter orders say how they were paid once staff took the money; before that they are still owed.
    const method = r.method === "online" ? "online" : (r.tender ?? "unpaid");
    const entry = of(r.day).payments[method] ?? [0, 0];
    of(r.day).payments[method] = [entry[0] + n(r.orders), entry[1] + n(r.net)];
  }
  for (const r of items.rows) of(r.day).items[r.itemId] = [r.name, n(r.quantity), n(r.sales)];
  return rollups;
}
