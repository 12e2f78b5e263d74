import type { SalesTotals } from "@tabletap/shared";
import { sql } from "kysely";
import type { Db } from "../../db/database.js";
import { isSale, refunded, standing } from "./sales-rules.js";

export interface ShopRange {
  shopId: string;
  from: string;
  to: string;
}

interface TotalsRow {
  gross: number | string | null;
  discounts: number | string | null;
  refunds: number | string | null;
  tips: number | string | null;
  orders: number | string;
  cancellations: number | string;
}

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

export function totalsFrom(row: TotalsRow | undefined): SalesTotals {
  const gross = Number(row?.gross ?? 0);
  const discounts = Number(row?.discounts ?? 0);
  const refunds = Number(row?.refunds ?? 0);
  const orders = Number(row?.orders ?? 0);
  const net = gross - discounts - refunds;
  return {
    gross,
    discounts,
    refunds,
    net,
    tips: Number(row?.tips ?? 0),
    orders,
    averageTicket: orders === 0 ? 0 : Math.round(net / orders),
    cancellations: Number(row?.cancellations ?? 0),
  };
}
