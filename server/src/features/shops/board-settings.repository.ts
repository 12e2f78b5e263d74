import type { BoardSettings } from "@tabletap/shared";
import type { Db } from "../../db/database.js";

/** The shop's board settings, or undefined for no such shop. */
export async function findBoardSettings(db: Db, shopId: string): Promise<BoardSettings | undefined> {
  const row = await db
    .selectFrom("shops")
    .select("escalateAfterMinutes")
    .where("id", "=", shopId)
    .executeTakeFirst();
  return row && { escalateAfterMinutes: row.escalateAfterMinutes };
}

export async function saveBoardSettings(db: Db, shopId: string, settings: BoardSettings): Promise<void> {
  await db
    .updateTable("shops")
    .set({ escalateAfterMinutes: settings.escalateAfterMinutes })
    .where("id", "=", shopId)
    .execute();
}
