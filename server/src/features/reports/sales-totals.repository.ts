import type { SalesTotals } from "@tabletap/shared";
import { sql } from "kysely";
import type { Db } from "../../db/database.js";
import { isSale, refunded, standing } from "./sale-conditions.repository.js";
import { type ShopRange, type TotalsRow, totalsFrom } from "./sales-totals.js";

/** The headline figures over a range of shop days (see sales-rules.ts for what each one means). */
export async function salesTotals(db: Db, range: ShopRange): Promise<SalesTotals> {
  const { rows } = await sql<TotalsRow>`
    select
      sum(case when ${isSale()} then subtotal else 0 end) as gross,
      sum(case when ${isSale()} then discount else 0 end) as discounts,
      sum(case when ${refunded()} then total else 0 end) as refunds,
      sum(case when ${standing()} then tip else 0 end) as tips,
      count(case when ${standing()} then 1 end) as orders,
      count(case when status = 'cancelled' then 1 end) as cancellations
    from orders
    where shop_id = ${range.shopId} and business_day between ${range.from} and ${range.to}
  `.execute(db);
  return totalsFrom(rows[0]);
}
