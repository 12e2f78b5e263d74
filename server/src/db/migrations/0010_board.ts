import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Minutes an order may wait unaccepted before the board flags it late and alerts louder.
  await db.schema
    .alterTable("shops")
    .addColumn("escalate_after_minutes", "integer", (c) => c.notNull().defaultTo(5))
    .execute();
  // Why staff cancelled (or turned away) an order; the diner sees it.
  await db.schema.alterTable("order_status_changes").addColumn("reason", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("order_status_changes").dropColumn("reason").execute();
  await db.schema.alterTable("shops").dropColumn("escalate_after_minutes").execute();
}
