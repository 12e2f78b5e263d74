import { sql } from "kysely";
import type { Db } from "../../db/database.js";
import { BUCKET_MS } from "./local-hours.js";
import { type DayRollup, foldRollups, type RollupRows } from "./rollup-rules.js";
import { isSale, refunded, standing } from "./sale-conditions.repository.js";

export type { DayRollup } from "./rollup-rules.js";

type Row<K extends keyof RollupRows> = RollupRows[K][number];

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
  if (days.length === 0) return new Map();
  const dayFilter = sql`o.shop_id = ${shop.shopId} and o.business_day in (${sql.join(days)})`;
  const inDays = before === undefined ? dayFilter : sql`${dayFilter} and o.created_at < ${before}`;
  const where = sql`${inDays} and ${standing("o.")}`;
  const bucket = sql`o.created_at / ${sql.lit(BUCKET_MS)}`;
  const [totals, buckets, tables, payments, items] = await Promise.all([
    sql<Row<"totals">>`
      select o.business_day as day,
        sum(case when ${isSale("o.")} then o.subtotal else 0 end) as gross,
        sum(case when ${isSale("o.")} then o.discount else 0 end) as discounts,
        sum(case when ${refunded("o.")} then o.total else 0 end) as refunds,
        sum(case when ${standing("o.")} then o.tip else 0 end) as tips,
        count(case when ${standing("o.")} then 1 end) as orders,
        sum(case when ${standing("o.")} then o.total else 0 end) as net,
        count(case when o.status = 'cancelled' then 1 end) as cancellations
      from orders o where ${inDays} group by o.business_day`.execute(db),
    sql<Row<"buckets">>`
      select o.business_day as day, ${bucket} as bucket, count(*) as orders, sum(o.total) as net
      from orders o where ${where} group by o.business_day, ${bucket}`.execute(db),
    sql<Row<"tables">>`
      select o.business_day as day, o.table_id, count(*) as orders, sum(o.total) as net
      from orders o where ${where} group by o.business_day, o.table_id`.execute(db),
    sql<Row<"payments">>`
      select o.business_day as day, o.payment_method as method, p.tender, count(*) as orders, sum(o.total) as net
      from orders o left join payments p on p.order_id = o.id
      where ${where} group by o.business_day, o.payment_method, p.tender`.execute(db),
    sql<Row<"items">>`
      select o.business_day as day, l.item_id, max(l.name) as name, sum(l.quantity) as quantity,
        sum(l.line_total) as sales
      from orders o join order_lines l on l.order_id = o.id
      where ${where} group by o.business_day, l.item_id`.execute(db),
  ]);

  return foldRollups(
    days,
    {
      totals: totals.rows,
      buckets: buckets.rows,
      tables: tables.rows,
      payments: payments.rows,
      items: items.rows,
    },
    shop.timeZone,
  );
}
