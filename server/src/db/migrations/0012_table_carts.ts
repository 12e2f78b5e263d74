import type { Kysely } from "kysely";

/**
 * The shared cart of a table lives in SQL rows, not in Redis: it survives a restart and Redis loss like the
 * orders it becomes, every API node reads the same rows (the Socket.IO Redis adapter already fans the
 * changes out), and the submission clears it in the order's own transaction, so an order and an emptied
 * cart are never half-done. One row per table carries the version, which serialises its edits.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("table_carts")
    .addColumn("table_id", "text", (c) => c.primaryKey().references("tables.id"))
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_order_id", "text", (c) => c.references("orders.id"))
    .addColumn("last_submitted_by", "text")
    .addColumn("last_submitted_at", "bigint")
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("table_cart_lines")
    // Made by the phone (a UUID), so a retried add is recognised.
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("table_id", "text", (c) => c.notNull().references("table_carts.table_id"))
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("item_id", "text", (c) => c.notNull().references("items.id"))
    .addColumn("quantity", "integer", (c) => c.notNull())
    .addColumn("option_ids_json", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("added_by", "text", (c) => c.notNull())
    // The cart version that added it: lines keep the order they were added in.
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("table_cart_lines_by_table")
    .on("table_cart_lines")
    .column("table_id")
    .execute();

  // An order's round in the table's tab, and who at the table sent it.
  await db.schema
    .alterTable("orders")
    .addColumn("sitting_id", "text", (c) => c.references("table_sittings.id"))
    .execute();
  await db.schema.alterTable("orders").addColumn("submitted_by", "text").execute();
  await db.schema.createIndex("orders_by_sitting").on("orders").column("sitting_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("orders_by_sitting").execute();
  await db.schema.alterTable("orders").dropColumn("submitted_by").execute();
  await db.schema.alterTable("orders").dropColumn("sitting_id").execute();
  await db.schema.dropTable("table_cart_lines").execute();
  await db.schema.dropTable("table_carts").execute();
}
