import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Where the kitchen's work is split (grill, bar…). Removed stations stay for the lines that went there.
  await db.schema
    .createTable("stations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("is_default", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("removed_at", "bigint")
    .execute();
  await db.schema.createIndex("stations_by_shop").on("stations").columns(["shop_id"]).execute();
  // At most one default station per shop, decided by the database.
  await db.schema
    .createIndex("stations_one_default")
    .on("stations")
    .columns(["shop_id"])
    .unique()
    .where(sql.ref("is_default"), "=", 1)
    .execute();

  // A dish routed to a station; a dish without a row goes to the shop's default station.
  await db.schema
    .createTable("station_items")
    .addColumn("item_id", "text", (c) => c.primaryKey().references("items.id"))
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("station_id", "text", (c) => c.notNull().references("stations.id"))
    .execute();

  // Where each line went when it was ordered, so re-routing a dish later leaves placed orders alone.
  await db.schema.alterTable("order_lines").addColumn("station_id", "text").execute();

  // A station that finished its part of an order; the order is ready once every station of its lines has.
  await db.schema
    .createTable("order_station_bumps")
    .addColumn("order_id", "text", (c) => c.notNull().references("orders.id"))
    .addColumn("station_id", "text", (c) => c.notNull().references("stations.id"))
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("staff_id", "text", (c) => c.references("staff.id"))
    .addColumn("bumped_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("order_station_bumps_pk", ["order_id", "station_id"])
    .execute();

  // A network receipt printer (ESC/POS over TCP) serving one station.
  await db.schema
    .createTable("printers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("station_id", "text", (c) => c.notNull().references("stations.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("host", "text", (c) => c.notNull())
    .addColumn("port", "integer", (c) => c.notNull())
    .addColumn("encoding", "text", (c) => c.notNull())
    .addColumn("enabled", "integer", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull().defaultTo("unknown"))
    .addColumn("last_error", "text")
    .addColumn("state_at", "bigint")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("printers_by_station").on("printers").columns(["station_id"]).execute();

  // One ticket for one printer: `sending` is written before the bytes go out and `printed` after the printer
  // took them, so an attempt that finds `sending` knows an earlier one may have printed and says REPRINT.
  await db.schema
    .createTable("print_tickets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("order_id", "text", (c) => c.notNull().references("orders.id"))
    .addColumn("station_id", "text", (c) => c.notNull().references("stations.id"))
    .addColumn("printer_id", "text", (c) => c.notNull().references("printers.id"))
    .addColumn("reprint_of", "text", (c) => c.references("print_tickets.id"))
    .addColumn("reprint", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_error", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("printed_at", "bigint")
    .execute();
  // An order's first ticket per printer exists once, however often the order's kitchen step is retried.
  await db.schema
    .createIndex("print_tickets_one_per_order_printer")
    .on("print_tickets")
    .columns(["order_id", "printer_id"])
    .unique()
    .where(sql.ref("reprint_of"), "is", null)
    .execute();
  await db.schema
    .createIndex("print_tickets_by_shop_state")
    .on("print_tickets")
    .columns(["shop_id", "state"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("print_tickets").execute();
  await db.schema.dropTable("printers").execute();
  await db.schema.dropTable("order_station_bumps").execute();
  await db.schema.alterTable("order_lines").dropColumn("station_id").execute();
  await db.schema.dropTable("station_items").execute();
  await db.schema.dropTable("stations").execute();
}
