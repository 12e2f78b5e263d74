import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // A shop's promotion codes. `used_count` is the use counter the order transaction raises with a
  // conditional update (only while below `usage_limit`), so concurrent orders can never overspend a code.
  await db.schema
    .createTable("coupons")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('percent', 'fixed')`))
    .addColumn("value", "integer", (c) => c.notNull().check(sql`value > 0`))
    .addColumn("min_spend", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("starts_at", "bigint")
    .addColumn("ends_at", "bigint")
    .addColumn("usage_limit", "integer")
    .addColumn("per_device_limit", "integer")
    .addColumn("used_count", "integer", (c) => c.notNull().defaultTo(0).check(sql`used_count >= 0`))
    .addColumn("paused", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("coupons_shop_code")
    .unique()
    .on("coupons")
    .columns(["shop_id", "code"])
    .execute();

  // One row per order holding a use. A device's uses take numbered slots 1..per_device_limit, and the
  // unique index makes two concurrent orders from one phone unable to take the same slot (null: no limit).
  await db.schema
    .createTable("coupon_redemptions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("coupon_id", "text", (c) => c.notNull().references("coupons.id"))
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("order_id", "text", (c) => c.notNull().unique().references("orders.id"))
    .addColumn("device_id", "text", (c) => c.notNull())
    .addColumn("device_slot", "integer")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("coupon_redemptions_device_slot")
    .unique()
    .on("coupon_redemptions")
    .columns(["coupon_id", "device_id", "device_slot"])
    .execute();

  // The code as the diner typed it, kept on the order like a line's name: a snapshot, not a reference.
  await db.schema.alterTable("orders").addColumn("coupon_code", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("orders").dropColumn("coupon_code").execute();
  await db.schema.dropTable("coupon_redemptions").execute();
  await db.schema.dropTable("coupons").execute();
}
