import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per table tab (sitting) that someone started paying. Every change to the tab's parts first
  // updates this row, so the row lock (PostgreSQL) or the single writer (SQLite) puts the parts of one tab
  // in a line, and the conditional updates on `held` and `paid` keep them within the bill.
  await db.schema
    .createTable("tab_ledgers")
    .addColumn("sitting_id", "text", (c) => c.primaryKey().references("table_sittings.id"))
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("table_id", "text", (c) => c.notNull().references("tables.id"))
    .addColumn("held", "bigint", (c) => c.notNull().defaultTo(0).check(sql`held >= 0`))
    .addColumn("paid", "bigint", (c) => c.notNull().defaultTo(0).check(sql`paid >= 0`))
    // What earlier settlements covered: once the parts reach the whole bill, its rounds are marked paid and
    // leave the bill, and what paid them moves from `paid` to here.
    .addColumn("settled", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("settled_at", "bigint")
    .addColumn("closed_at", "bigint")
    .addColumn("closed_by", "text", (c) => c.references("staff.id"))
    .addColumn("closed_reason", "text")
    .execute();

  // A part of a tab's bill paid by one phone (or at the counter). `amount` is the bill's share it pays,
  // `tip` rides on top and is never part of the bill.
  await db.schema
    .createTable("tab_parts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("sitting_id", "text", (c) => c.notNull().references("tab_ledgers.sitting_id"))
    .addColumn("table_id", "text", (c) => c.notNull().references("tables.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("share_count", "integer")
    .addColumn("share_index", "integer")
    .addColumn("share_base", "bigint")
    // "N:k" while the share is held or paid, null once it lapsed: the same share is taken at most once.
    .addColumn("share_slot", "text")
    .addColumn("amount", "bigint", (c) => c.notNull().check(sql`amount > 0`))
    .addColumn("tip", "bigint", (c) => c.notNull().defaultTo(0).check(sql`tip >= 0`))
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("provider", "text", (c) => c.notNull())
    .addColumn("tender", "text")
    .addColumn("provider_ref", "text")
    .addColumn("checkout_url", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("payer", "text", (c) => c.notNull())
    .addColumn("part_token", "text", (c) => c.notNull())
    // The units an items or remaining part covered, kept so a late payment can claim them again.
    .addColumn("units_json", "text", (c) => c.notNull())
    .addColumn("refund_due", "bigint", (c) => c.notNull().defaultTo(0).check(sql`refund_due >= 0`))
    .addColumn("refunded", "bigint", (c) => c.notNull().defaultTo(0).check(sql`refunded >= 0`))
    .addColumn("staff_id", "text", (c) => c.references("staff.id"))
    .addColumn("expires_at", "bigint")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addColumn("paid_at", "bigint")
    .addCheckConstraint("tab_parts_refund_within", sql`refund_due <= amount + tip AND refunded <= refund_due`)
    .execute();
  await db.schema.createIndex("tab_parts_by_sitting").on("tab_parts").columns(["sitting_id"]).execute();
  await db.schema
    .createIndex("tab_parts_provider_ref")
    .on("tab_parts")
    .columns(["provider", "provider_ref"])
    .unique()
    .where(sql.ref("provider_ref"), "is not", null)
    .execute();
  await db.schema
    .createIndex("tab_parts_one_share")
    .on("tab_parts")
    .columns(["sitting_id", "share_slot"])
    .unique()
    .where(sql.ref("share_slot"), "is not", null)
    .execute();

  // Each unit of an order line (a line of quantity 3 has units 0, 1, 2) is covered by at most one part
  // that is held or paid: the primary key refuses a second phone's claim on the same unit.
  await db.schema
    .createTable("tab_part_units")
    .addColumn("order_line_id", "text", (c) => c.notNull().references("order_lines.id"))
    .addColumn("unit", "integer", (c) => c.notNull())
    .addColumn("part_id", "text", (c) => c.notNull().references("tab_parts.id"))
    .addColumn("sitting_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("tab_part_units_pk", ["order_line_id", "unit"])
    .execute();
  await db.schema.createIndex("tab_part_units_by_part").on("tab_part_units").columns(["part_id"]).execute();
  await db.schema
    .createIndex("tab_part_units_by_sitting")
    .on("tab_part_units")
    .columns(["sitting_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("tab_part_units").execute();
  await db.schema.dropTable("tab_parts").execute();
  await db.schema.dropTable("tab_ledgers").execute();
}
