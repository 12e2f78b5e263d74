import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // A diner's 1–5 for one dish of a completed order. One per order line, decided by the database, so two
  // taps racing each other still leave one row. item_id and shop_id are copied from the line so the
  // menu's averages are one GROUP BY without joins.
  await db.schema
    .createTable("dish_ratings")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("order_id", "text", (c) => c.notNull().references("orders.id"))
    .addColumn("order_line_id", "text", (c) => c.notNull().references("order_lines.id"))
    .addColumn("item_id", "text", (c) => c.notNull().references("items.id"))
    .addColumn("score", "integer", (c) => c.notNull().check(sql`score between 1 and 5`))
    .addColumn("comment", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("dish_ratings_once_per_line", ["order_line_id"])
    .execute();
  await db.schema
    .createIndex("dish_ratings_by_shop_item")
    .on("dish_ratings")
    .columns(["shop_id", "item_id"])
    .execute();
  await db.schema.createIndex("dish_ratings_by_order").on("dish_ratings").column("order_id").execute();

  // A receipt's share link. Its token is separate from the order token, so a shared link shows the receipt
  // and nothing more: it cannot read the live order, follow its status or act on it.
  await db.schema
    .createTable("receipts")
    .addColumn("order_id", "text", (c) => c.primaryKey().references("orders.id"))
    .addColumn("token", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();

  // An email address waiting for its receipt to be sent; the row (and so the address) is deleted once it
  // is. The job carries only this row's id, so the address never reaches Redis or the outbox.
  await db.schema
    .createTable("receipt_emails")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("order_id", "text", (c) => c.notNull().references("orders.id"))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("receipt_emails").execute();
  await db.schema.dropTable("receipts").execute();
  await db.schema.dropTable("dish_ratings").execute();
}
