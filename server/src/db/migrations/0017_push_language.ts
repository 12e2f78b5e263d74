import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // The ready push is written in the language the diner's page was in when they asked for it.
  await db.schema
    .alterTable("push_subscriptions")
    .addColumn("language", "text", (c) => c.notNull().defaultTo("en"))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("push_subscriptions").dropColumn("language").execute();
}
