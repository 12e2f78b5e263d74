import { type Kysely, sql } from "kysely";

/** The sandbox checkout page shows money in the shop's locale, which it keeps with the checkout. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("sandbox_checkouts")
    .addColumn("locale", "text", (c) => c.notNull().defaultTo("en"))
    .execute();
  // Checkouts still open at upgrade take their shop's locale too.
  await sql`
    update sandbox_checkouts set locale = coalesce(
      (select shops.locale from payments join shops on shops.id = payments.shop_id
        where payments.id = sandbox_checkouts.reference),
      locale)
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("sandbox_checkouts").dropColumn("locale").execute();
}
