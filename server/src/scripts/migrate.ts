import { loadConfig } from "../config.js";
import { createDatabase } from "../db/database.js";
import { createMigrator, migrateToLatest, migrationSchema } from "../db/migrate.js";

/** `npm run db:migrate` applies pending migrations; `npm run db:migrate -- down` reverts the latest one. */
async function main() {
  const config = loadConfig();
  const db = createDatabase(config.database);
  try {
    if (process.argv[2] === "down") {
      const { error, results } = await createMigrator(db, migrationSchema(config.database)).migrateDown();
      if (error) throw error;
      for (const r of results ?? []) console.log(`${r.status}: reverted ${r.migrationName}`);
    } else {
      const applied = await migrateToLatest(db, migrationSchema(config.database));
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date");
    }
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
