import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Off unless the shop turns it on: orders from a table nobody opened then wait for staff approval.
  await db.schema
    .alterTable("shops")
    .addColumn("sittings_enabled", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("orders")
    .addColumn("needs_approval", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  // Two tables called "T1" would print two identical cards.
  await db.schema
    .createIndex("tables_shop_label")
    .unique()
    .on("tables")
    .columns(["shop_id", "label"])
    .execute();

  // A replaced QR code keeps answering "replaced" (not just "unknown") so a diner holding an old print is told why.
  await db.schema
    .createTable("retired_table_tokens")
    .addColumn("token", "text", (c) => c.primaryKey())
    .addColumn("table_id", "text", (c) => c.notNull().references("tables.id"))
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("retired_at", "bigint", (c) => c.notNull())
    .execute();

  // A sitting runs from seating guests to their leaving; orders from an unopened table need approval.
  await db.schema
    .createTable("table_sittings")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("table_id", "text", (c) => c.notNull().references("tables.id"))
    .addColumn("opened_at", "bigint", (c) => c.notNull())
    .addColumn("opened_by", "text", (c) => c.references("staff.id"))
    .addColumn("closed_at", "bigint")
    .addColumn("closed_by", "text", (c) => c.references("staff.id"))
    .execute();
  // At most one open sitting per table, however many tablets press "Open" at once (partial index, both dialects).
  await db.schema
    .createIndex("table_sittings_one_open")
    .unique()
    .on("table_sittings")
    .column("table_id")
    .where(sql.ref("closed_at"), "is", null)
    .execute();
  await db.schema
    .createIndex("table_sittings_by_shop")
    .on("table_sittings")
    .columns(["shop_id", "opened_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("table_sittings").execute();
  await db.schema.dropTable("retired_table_tokens").execute();
  await db.schema.dropIndex("tables_shop_label").execute();
  await db.schema.alterTable("orders").dropColumn("needs_approval").execute();
  await db.schema.alterTable("shops").dropColumn("sittings_enabled").execute();
}
