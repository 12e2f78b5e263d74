import type { Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Menu texts in languages other than the shop's own (which stays in the entity's own name and
  // description, the kitchen's language). `entity_id` is the id of the shop, a category, item, option group
  // or option: all random UUIDs, so one table serves them all.
  await db.schema
    .createTable("menu_translations")
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("menu_translations_pk", ["entity_id", "language"])
    .execute();
  await db.schema
    .createIndex("menu_translations_by_shop")
    .on("menu_translations")
    .column("shop_id")
    .execute();

  // Allergen and diet codes as comma-separated lists of the shared vocabulary; hours as JSON windows on the
  // shop's clock ('[]': any time).
  await db.schema
    .alterTable("items")
    .addColumn("allergens", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema
    .alterTable("items")
    .addColumn("diet", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema
    .alterTable("items")
    .addColumn("spicy", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("items")
    .addColumn("hours_json", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  await db.schema
    .alterTable("categories")
    .addColumn("hours_json", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("categories").dropColumn("hours_json").execute();
  for (const column of ["hours_json", "spicy", "diet", "allergens"]) {
    await db.schema.alterTable("items").dropColumn(column).execute();
  }
  await db.schema.dropTable("menu_translations").execute();
}
