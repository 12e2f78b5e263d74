import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Bumped in every menu change's transaction: diner pages compare it, and taking the shop's row first
  // makes menu changes and order placement of one shop wait for each other (no order slips past a sold-out).
  await db.schema
    .alterTable("shops")
    .addColumn("menu_version", "bigint", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("categories")
    .addColumn("hidden", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  // Order lines keep pointing at the items they were priced from, so menu rows are retired, never deleted.
  await db.schema.alterTable("categories").addColumn("deleted_at", "bigint").execute();
  await db.schema.alterTable("items").addColumn("deleted_at", "bigint").execute();

  // Photos live in the database so every API node serves the same bytes; the id is the SHA-256 of the
  // stored image, so its URL never changes meaning and can be cached for a year. `bytea` is PostgreSQL's
  // binary type; SQLite stores the Buffer as a BLOB whatever the declared type.
  await db.schema
    .createTable("menu_photos")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("width", "integer", (c) => c.notNull())
    .addColumn("height", "integer", (c) => c.notNull())
    .addColumn("bytes", "bytea", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  // No foreign key: SQLite could not drop the column again. Photos are only ever removed unreferenced.
  await db.schema.alterTable("items").addColumn("photo_id", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("items").dropColumn("photo_id").execute();
  await db.schema.dropTable("menu_photos").execute();
  await db.schema.alterTable("items").dropColumn("deleted_at").execute();
  await db.schema.alterTable("categories").dropColumn("deleted_at").execute();
  await db.schema.alterTable("categories").dropColumn("hidden").execute();
  await db.schema.alterTable("shops").dropColumn("menu_version").execute();
}
