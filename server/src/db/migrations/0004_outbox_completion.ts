import type { Kysely } from "kysely";

/**
 * An outbox row is finished when its job has run, not when it reached Redis: until then the sweep
 * re-adds it (a no-op while BullMQ still holds the job), so a Redis that lost its data loses nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("outbox").addColumn("completed_at", "bigint").execute();
  await db.schema
    .createIndex("outbox_unfinished_idx")
    .on("outbox")
    .columns(["completed_at", "dispatched_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("outbox_unfinished_idx").execute();
  await db.schema.alterTable("outbox").dropColumn("completed_at").execute();
}
