import { sql } from "kysely";
import type { Db } from "../../db/database.js";
import { refunded, standing } from "./sale-conditions.repository.js";
import type { ShopRange } from "./sales-totals.js";

/** One order of the export with its table's label, its tender and what it counts as. */
export interface ExportedOrder {
  id: string;
  businessDay: string;
  createdAt: number | string;
  pickupNumber: number;
  label: string;
  status: string;
  paymentStatus: string;
  paymentMethod: string;
  tender: string | null;
  subtotal: number;
  discount: number;
  total: number;
  tip: number;
  counts: string;
}

/** A page of the range's orders in placement order, after the last one of the previous page. */
export async function exportedOrders(
  db: Db,
  range: ShopRange,
  after: { createdAt: number; id: string } | undefined,
  limit: number,
): Promise<ExportedOrder[]> {
  const { rows } = await sql<ExportedOrder>`
    select o.id, o.business_day, o.created_at, o.pickup_number, t.label, o.status, o.payment_status,
      o.payment_method, p.tender, o.subtotal, o.discount, o.total, o.tip,
      case when ${standing("o.")} then 'sale' when ${refunded("o.")} then 'refunded sale' else 'not a sale' end as counts
    from orders o join tables t on t.id = o.table_id left join payments p on p.order_id = o.id
    where o.shop_id = ${range.shopId} and o.business_day between ${range.from} and ${range.to}
      ${after ? sql`and (o.created_at > ${after.createdAt} or (o.created_at = ${after.createdAt} and o.id > ${after.id}))` : sql``}
    order by o.created_at, o.id limit ${limit}`.execute(db);
  return rows;
}
