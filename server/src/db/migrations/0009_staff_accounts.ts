import { type Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // Sessions signed in before a password change, or of a removed person, stop working at their next request.
  await db.schema
    .alterTable("staff")
    .addColumn("password_changed_at", "bigint", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("staff").addColumn("removed_at", "bigint").execute();

  // An owner's invitation; only a hash of its token is kept, so a database leak opens no accounts.
  await db.schema
    .createTable("staff_invitations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shop_id", "text", (c) => c.notNull().references("shops.id"))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('owner', 'manager', 'staff')`))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("invited_by", "text", (c) => c.notNull().references("staff.id"))
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .addColumn("accepted_at", "bigint")
    .addColumn("revoked_at", "bigint")
    .execute();
  await db.schema
    .createIndex("staff_invitations_by_shop")
    .on("staff_invitations")
    .columns(["shop_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("staff_invitations").execute();
  await db.schema.alterTable("staff").dropColumn("removed_at").execute();
  await db.schema.alterTable("staff").dropColumn("password_changed_at").execute();
}
