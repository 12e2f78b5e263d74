import { Migrator } from "kysely";
import type { DatabaseTarget } from "../config.js";
import type { Db } from "./database.js";
import { migrations } from "./migrations/index.js";

/**
 * `schema` (PostgreSQL) pins Kysely's bookkeeping tables to one schema; without it Kysely would take
 * another schema's migration tables on the same database for its own.
 */
export const createMigrator = (db: Db, schema?: string) =>
  new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });

/** The schema migrations are recorded in: the configured one on PostgreSQL, none on SQLite. */
export const migrationSchema = (target: DatabaseTarget, schema?: string) =>
  target.dialect === "postgres" ? (schema ?? "public") : undefined;

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Db, schema?: string): Promise<string[]> {
  const { error, results } = await createMigrator(db, schema).migrateToLatest();
  const failed = results?.find((result) => result.status === "Error");
  if (error) {
    throw new Error(`Migration ${failed?.migrationName ?? "(unknown)"} failed: ${String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
