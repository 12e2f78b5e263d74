import { randomUUID } from "node:crypto";
import type { TableKind } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { newToken } from "../../lib/tokens.js";

/** A new shop's tables and counter, in the caller's transaction: positions follow the list, each with its own QR token. */
export async function insertTables(
  trx: Db,
  shopId: string,
  tables: { label: string; kind: TableKind }[],
  now: number,
): Promise<void> {
  if (tables.length === 0) return;
  await trx
    .insertInto("tables")
    .values(
      tables.map((table, position) => ({
        id: randomUUID(),
        shopId,
        label: table.label,
        kind: table.kind,
        token: newToken(),
        active: 1,
        position,
        createdAt: now,
      })),
    )
    .execute();
}

/** The QR token of the shop's table with this label, if it has one. */
export async function findTableToken(db: Db, shopId: string, label: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("tables")
    .select("token")
    .where("shopId", "=", shopId)
    .where("label", "=", label)
    .executeTakeFirst();
  return row?.token;
}
