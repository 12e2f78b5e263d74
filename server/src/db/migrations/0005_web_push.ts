import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Deployment-wide generated settings (the VAPID key pair), shared by every node through the database.
  await db.schema
    .createTable("app_settings")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();

  // A diner's browser asking to be told when this order is ready; nothing identifies the person.
  await db.schema
    .createTable("push_subscriptions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("order_id", "text", (c) => c.notNull().references("orders.id"))
    .addColumn("endpoint", "text", (c) => c.notNull())
    .addColumn("p256dh", "text", (c) => c.notNull())
    .addColumn("auth", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("push_subscriptions_once", ["order_id", "endpoint"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("push_subscriptions").execute();
  await db.schema.dropTable("app_settings").execute();
}
