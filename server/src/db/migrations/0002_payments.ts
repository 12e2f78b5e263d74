import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("orders")
    .addColumn("payment_method", "text", (c) => c.notNull().defaultTo("counter"))
    .execute();

  // Jobs that must wait (payment expiry) carry the time they may run.
  await db.schema
    .alterTable("outbox")
    .addColumn("delay_ms", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  // One payment per order: settling it twice is impossible by construction.
  await db.schema
    .createTable("payments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("order_id", "text", (c) => c.notNull().unique().references("orders.id"))
    .addColumn("provider", "text", (c) => c.notNull())
    .addColumn("provider_ref", "text")
    .addColumn("amount", "integer", (c) => c.notNull().check(sql`amount >= 0`))
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('pending', 'paid', 'failed', 'refund_pending', 'refunded')`),
    )
    .addColumn("tender", "text")
    .addColumn("checkout_url", "text")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addColumn("paid_at", "bigint")
    .addUniqueConstraint("payments_provider_ref", ["provider", "provider_ref"])
    .execute();

  // Every notification a provider sent, verified; (provider, event_id) makes a duplicate a no-op.
  await db.schema
    .createTable("payment_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("provider", "text", (c) => c.notNull())
    .addColumn("event_id", "text", (c) => c.notNull())
    .addColumn("provider_ref", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("amount", "integer", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("outcome", "text")
    .addColumn("received_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("payment_events_once", ["provider", "event_id"])
    .execute();

  // The embedded sandbox provider's own books, as a real provider would keep them on its side.
  await db.schema
    .createTable("sandbox_checkouts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("reference", "text", (c) => c.notNull())
    .addColumn("merchant_name", "text", (c) => c.notNull())
    .addColumn("amount", "integer", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("return_url", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("refunded", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("sandbox_checkouts").execute();
  await db.schema.dropTable("payment_events").execute();
  await db.schema.dropTable("payments").execute();
  await db.schema.alterTable("outbox").dropColumn("delay_ms").execute();
  await db.schema.alterTable("orders").dropColumn("payment_method").execute();
}
