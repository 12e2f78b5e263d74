import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Money an order's coupon took off (total = subtotal − discount) and the diner's tip, charged on top of
  // total but kept apart so it never counts as sales. Both integer minor units.
  await db.schema
    .alterTable("orders")
    .addColumn("discount", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("orders")
    .addColumn("tip", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("orders").dropColumn("tip").execute();
  await db.schema.alterTable("orders").dropColumn("discount").execute();
}
