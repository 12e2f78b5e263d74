import { sql } from "kysely";
import type { Db } from "../../db/database.js";

/** The smallest statement the database must answer to count as up. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
