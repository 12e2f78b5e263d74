import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // What a shop's diners may call staff for. No row: the default list and minutes apply, so new shops
  // and the demo shop offer it without a write to their shop.
  await db.schema
    .createTable("service_request_settings")
    .addColumn("shop_id", "text", (c) => c.primaryKey().references("shops.id"))
    .addColumn("kinds_json", "text", (c) => c.notNull())
    .addColumn("escalate_after_minutes", "integer", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();

  // A table's call for staff. The table's label and the kind's name are kept as they were when called, so
  // the board reads a call without asking the tables and settings again.
  await db.schema
    .createTable("service_requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("table_id", "text", (c) => c.notNull().references("tables.id"))
    .addColumn("table_label", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("escalated_at", "bigint")
    .addColumn("acknowledged_at", "bigint")
    .addColumn("acknowledged_by", "text", (c) => c.references("staff.id"))
    .execute();
  // One open call per kind per table, decided by the database: a second tap, or two phones at once,
  // find the open one instead of adding another.
  await db.schema
    .createIndex("service_requests_one_open_per_kind")
    .on("service_requests")
    .columns(["table_id", "kind"])
    .unique()
    .where(sql.ref("acknowledged_at"), "is", null)
    .execute();
  await db.schema
    .createIndex("service_requests_by_shop")
    .on("service_requests")
    .columns(["shop_id", "acknowledged_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("service_requests").execute();
  await db.schema.dropTable("service_request_settings").execute();
}
