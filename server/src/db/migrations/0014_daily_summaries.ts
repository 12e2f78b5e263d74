import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Shop-local time the end-of-day job stores the day's summary (see features/reports/close-day.ts).
  await db.schema
    .alterTable("shops")
    .addColumn("closing_time", "text", (c) => c.notNull().defaultTo("23:30"))
    .execute();
  // One immutable summary per shop day: the unique key is what makes a second run change nothing.
  await db.schema
    .createTable("daily_summaries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("business_day", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("gross", "bigint", (c) => c.notNull())
    .addColumn("discounts", "bigint", (c) => c.notNull())
    .addColumn("refunds", "bigint", (c) => c.notNull())
    .addColumn("net", "bigint", (c) => c.notNull())
    .addColumn("tips", "bigint", (c) => c.notNull())
    .addColumn("orders", "integer", (c) => c.notNull())
    .addColumn("average_ticket", "bigint", (c) => c.notNull())
    .addColumn("cancellations", "integer", (c) => c.notNull())
    .addColumn("closed_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("daily_summaries_shop_day", ["shop_id", "business_day"])
    .execute();
  // Per-day report figures, reused while the day's orders are unchanged: the fingerprint is the day's order
  // count and highest change seq (every change to an order takes the shop's next seq), so any change to
  // any order of the day makes the row stale and the next report recomputes that day alone.
  await db.schema
    .createTable("report_day_rollups")
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("business_day", "text", (c) => c.notNull())
    .addColumn("fingerprint", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("report_day_rollups_pk", ["shop_id", "business_day"])
    .execute();
  // Reports read a shop's orders by day; the covered columns let SQLite answer from the index alone.
  await db.schema
    .createIndex("orders_report_idx")
    .on("orders")
    .columns([
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
    ])
    .execute();
  // Item sales join lines to their orders; covering the summed columns avoids a table lookup per line.
  await db.schema
    .createIndex("order_lines_report_idx")
    .on("order_lines")
    .columns(["order_id", "item_id", "quantity", "line_total"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("order_lines_report_idx").execute();
  await db.schema.dropIndex("orders_report_idx").execute();
  await db.schema.dropTable("report_day_rollups").execute();
  await db.schema.dropTable("daily_summaries").execute();
  await db.schema.alterTable("shops").dropColumn("closing_time").execute();
}
