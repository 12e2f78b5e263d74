import type { Kysely } from "kysely";

const reportColumns = [
  "shop_id",
  "business_day",
  "status",
  "payment_status",
  "subtotal",
  "discount",
  "total",
  "tip",
  "table_id",
  "payment_method",
  "created_at",
  "seq",
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // Whether a cancelled order counts as a refunded sale depends on placed_at (it reached the kitchen), so
  // the report index covers it too and a day's totals are still read from the index alone.
  await db.schema.dropIndex("orders_report_idx").execute();
  await db.schema
    .createIndex("orders_report_idx")
    .on("orders")
    .columns([...reportColumns, "placed_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("orders_report_idx").execute();
  await db.schema.createIndex("orders_report_idx").on("orders").columns(reportColumns).execute();
}
