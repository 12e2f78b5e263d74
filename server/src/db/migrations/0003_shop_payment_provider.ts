import type { Kysely } from "kysely";

/** Which provider takes a shop's online payments (sandbox, stripe, alipay). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("shops")
    .addColumn("payment_provider", "text", (c) => c.notNull().defaultTo("sandbox"))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("shops").dropColumn("payment_provider").execute();
}
