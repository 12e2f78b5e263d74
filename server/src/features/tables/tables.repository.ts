import type { TableKind } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import type { TablesTable } from "../../db/schema.js";

export type TableRow = TablesTable & { kind: TableKind };

/** An active table or counter by its QR token; inactive tokens are treated as unknown. */
export async function findActiveTableByToken(db: Db, token: string): Promise<TableRow | undefined> {
  const row = await db
    .selectFrom("tables")
    .selectAll()
    .where("token", "=", token)
    .where("active", "=", 1)
    .executeTakeFirst();
  return row as TableRow | undefined;
}

export async function listTables(db: Db, shopId: string): Promise<TableRow[]> {
  const rows = await db
    .selectFrom("tables")
    .selectAll()
    .where("shopId", "=", shopId)
    .orderBy("position")
    .execute();
  return rows as TableRow[];
}

export async function findShopTable(db: Db, shopId: string, tableId: string): Promise<TableRow | undefined> {
  const row = await db
    .selectFrom("tables")
    .selectAll()
    .where("shopId", "=", shopId)
    .where("id", "=", tableId)
    .executeTakeFirst();
  return row as TableRow | undefined;
}

export const tableUrl = (publicUrl: string, token: string) => `${publicUrl}/t/${token}`;
