import { type Kysely, sql } from "kysely";

// Append-only: never edit a released migration; add the next file instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("shops")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("timezone", "text", (c) => c.notNull())
    .addColumn("payment_mode", "text", (c) => c.notNull())
    .addColumn("last_seq", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("staff")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('owner', 'manager', 'staff')`))
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("tables")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('table', 'counter')`))
    .addColumn("token", "text", (c) => c.notNull().unique())
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("tables_shop_idx").on("tables").columns(["shop_id", "position"]).execute();

  await createMenuTables(db);
  await createOrderTables(db);

  await db.schema
    .createTable("outbox")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("queue", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("dispatched_at", "bigint")
    .execute();
  await db.schema
    .createIndex("outbox_pending_idx")
    .on("outbox")
    .columns(["dispatched_at", "created_at"])
    .execute();

  await db.schema
    .createTable("notifications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("order_id", "text", (c) => c.notNull().references("orders.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("notifications_once", ["order_id", "kind", "channel"])
    .execute();
}

async function createMenuTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("categories")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("category_id", "text", (c) => c.notNull().references("categories.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("price", "integer", (c) => c.notNull().check(sql`price >= 0`))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("sold_out", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("hidden", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex("items_shop_idx").on("items").columns(["shop_id", "category_id"]).execute();

  await db.schema
    .createTable("option_groups")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("item_id", "text", (c) => c.notNull().references("items.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("min_choices", "integer", (c) => c.notNull())
    .addColumn("max_choices", "integer", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addCheckConstraint(
      "option_groups_range",
      sql`min_choices >= 0 and max_choices >= 1 and min_choices <= max_choices`,
    )
    .execute();
  await db.schema.createIndex("option_groups_item_idx").on("option_groups").column("item_id").execute();

  await db.schema
    .createTable("options")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("group_id", "text", (c) => c.notNull().references("option_groups.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("price_delta", "integer", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("options_group_idx").on("options").column("group_id").execute();
}

async function createOrderTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("orders")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("table_id", "text", (c) => c.notNull().references("tables.id"))
    .addColumn("seq", "bigint", (c) => c.notNull())
    .addColumn("pickup_number", "integer", (c) => c.notNull())
    .addColumn("business_day", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("payment_status", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("subtotal", "integer", (c) => c.notNull().check(sql`subtotal >= 0`))
    .addColumn("total", "integer", (c) => c.notNull().check(sql`total >= 0`))
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("idempotency_key", "text", (c) => c.notNull())
    .addColumn("request_hash", "text", (c) => c.notNull())
    .addColumn("order_token", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("orders_idempotency", ["shop_id", "idempotency_key"])
    .addUniqueConstraint("orders_seq", ["shop_id", "seq"])
    .addUniqueConstraint("orders_pickup", ["shop_id", "business_day", "pickup_number"])
    .execute();
  await db.schema.createIndex("orders_shop_status_idx").on("orders").columns(["shop_id", "status"]).execute();
  await db.schema
    .createIndex("orders_shop_created_idx")
    .on("orders")
    .columns(["shop_id", "created_at"])
    .execute();

  await db.schema
    .createTable("order_lines")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("order_id", "text", (c) => c.notNull().references("orders.id"))
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("item_id", "text", (c) => c.notNull().references("items.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("unit_price", "integer", (c) => c.notNull())
    .addColumn("quantity", "integer", (c) => c.notNull().check(sql`quantity between 1 and 99`))
    .addColumn("line_total", "integer", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("options_json", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("order_lines_order_idx").on("order_lines").column("order_id").execute();

  await db.schema
    .createTable("order_status_changes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("order_id", "text", (c) => c.notNull().references("orders.id"))
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("staff_id", "text", (c) => c.references("staff.id"))
    .addColumn("at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("order_status_changes_order_idx")
    .on("order_status_changes")
    .column("order_id")
    .execute();

  await db.schema
    .createTable("pickup_counters")
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("business_day", "text", (c) => c.notNull())
    .addColumn("last_number", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("pickup_counters_pk", ["shop_id", "business_day"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "notifications",
    "outbox",
    "pickup_counters",
    "order_status_changes",
    "order_lines",
    "orders",
    "options",
    "option_groups",
    "items",
    "categories",
    "tables",
    "staff",
    "shops",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
