import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // When the order became the kitchen's: at creation for pay-at-counter, at payment for pay-first. The
  // board counts waiting time from here, so a diner's minute at the checkout is not the kitchen's delay.
  await db.schema.alterTable("orders").addColumn("placed_at", "bigint").execute();
  await sql`
    update orders set placed_at = (
      select min(c.at) from order_status_changes c where c.order_id = orders.id and c.to_status = 'placed'
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("orders").dropColumn("placed_at").execute();
}
