import { randomUUID } from "node:crypto";
import type { MerchantTable, TableKind } from "@tabletap/shared";
import { type Db, isUniqueViolation } from "../../db/database.js";
import type { TablesTable } from "../../db/schema.js";
import { done, fail, type Outcome, type Result, succeed } from "../../lib/result.js";
import { newToken } from "../../lib/tokens.js";

export const noSuchTable = "No such table in this shop";

export type TableRow = TablesTable & { kind: TableKind };

/** A table with its open sitting, if any, as the tables page shows it. */
export type TableWithSitting = TableRow & { sittingId: string | null; sittingOpenedAt: number | null };

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

/** True for a QR token that staff replaced with a new one: an old print, or a photo of it. */
export async function isRetiredToken(db: Db, token: string): Promise<boolean> {
  const row = await db
    .selectFrom("retiredTableTokens")
    .select("token")
    .where("token", "=", token)
    .executeTakeFirst();
  return row !== undefined;
}

const withSitting = (db: Db) =>
  db
    .selectFrom("tables")
    .leftJoin("tableSittings", (join) =>
      join.onRef("tableSittings.tableId", "=", "tables.id").on("tableSittings.closedAt", "is", null),
    )
    .selectAll("tables")
    .select(["tableSittings.id as sittingId", "tableSittings.openedAt as sittingOpenedAt"]);

export async function listTables(db: Db, shopId: string): Promise<TableWithSitting[]> {
  const rows = await withSitting(db).where("tables.shopId", "=", shopId).orderBy("tables.position").execute();
  return rows as TableWithSitting[];
}

export async function findShopTable(
  db: Db,
  shopId: string,
  tableId: string,
): Promise<TableWithSitting | undefined> {
  const row = await withSitting(db)
    .where("tables.shopId", "=", shopId)
    .where("tables.id", "=", tableId)
    .executeTakeFirst();
  return row as TableWithSitting | undefined;
}

export const tableUrl = (publicUrl: string, token: string) => `${publicUrl}/t/${token}`;

export const toMerchantTable = (table: TableWithSitting, publicUrl: string): MerchantTable => ({
  id: table.id,
  label: table.label,
  kind: table.kind,
  token: table.token,
  active: table.active === 1,
  url: tableUrl(publicUrl, table.token),
  sitting:
    table.sittingId === null || table.sittingOpenedAt === null
      ? null
      : { id: table.sittingId, openedAt: new Date(Number(table.sittingOpenedAt)).toISOString() },
});

const labelTaken = (label: string) => fail("label_taken", `This shop already has a table called ${label}`);

/** Case-insensitively, so "t1" and "T1" never end up as two cards that look the same. */
async function labelFree(trx: Db, shopId: string, label: string, exceptId?: string): Promise<boolean> {
  const wanted = label.toLocaleLowerCase();
  const others = await trx
    .selectFrom("tables")
    .select(["id", "label"])
    .where("shopId", "=", shopId)
    .execute();
  return !others.some((t) => t.id !== exceptId && t.label.toLocaleLowerCase() === wanted);
}

/** Adds a table at the end of the shop's list, with a fresh QR token. */
export async function createTable(
  db: Db,
  table: { shopId: string; label: string; now: number },
): Promise<Result<string>> {
  const id = randomUUID();
  try {
    return await db.transaction().execute(async (trx) => {
      if (!(await labelFree(trx, table.shopId, table.label))) return labelTaken(table.label);
      const last = await trx
        .selectFrom("tables")
        .select((eb) => eb.fn.max("position").as("position"))
        .where("shopId", "=", table.shopId)
        .executeTakeFirst();
      await trx
        .insertInto("tables")
        .values({
          id,
          shopId: table.shopId,
          label: table.label,
          kind: "table",
          token: newToken(),
          active: 1,
          position: Number(last?.position ?? -1) + 1,
          createdAt: table.now,
        })
        .execute();
      return succeed(id);
    });
  } catch (error) {
    // Two managers adding the same label at once: unique(shop_id, label) lets only one in.
    if (isUniqueViolation(error)) return labelTaken(table.label);
    throw error;
  }
}

/** Renames and/or switches a table on or off; switching it off also closes its open sitting. */
export async function changeTable(
  db: Db,
  change: { shopId: string; tableId: string; label?: string; active?: boolean; staffId: string; now: number },
): Promise<Outcome> {
  const { shopId, tableId, label, active, staffId, now } = change;
  try {
    return await db.transaction().execute(async (trx) => {
      const found = await trx
        .selectFrom("tables")
        .select("id")
        .where("shopId", "=", shopId)
        .where("id", "=", tableId)
        .executeTakeFirst();
      if (!found) return fail("not_found", noSuchTable);
      if (label !== undefined && !(await labelFree(trx, shopId, label, tableId))) return labelTaken(label);
      await trx
        .updateTable("tables")
        .set({
          ...(label !== undefined ? { label } : {}),
          ...(active !== undefined ? { active: active ? 1 : 0 } : {}),
        })
        .where("shopId", "=", shopId)
        .where("id", "=", tableId)
        .execute();
      if (active === false) {
        await trx
          .updateTable("tableSittings")
          .set({ closedAt: now, closedBy: staffId })
          .where("shopId", "=", shopId)
          .where("tableId", "=", tableId)
          .where("closedAt", "is", null)
          .execute();
      }
      return done;
    });
  } catch (error) {
    if (isUniqueViolation(error) && label !== undefined) return labelTaken(label);
    throw error;
  }
}

/**
 * Gives a table (or the counter) a new 128-bit QR token. The old one is kept as retired, so a printed or
 * photographed copy of the old code answers "replaced" and can place no more orders. Resolves to the
 * retired token (so its live sockets can be ended), or undefined for no such table.
 */
export async function rotateToken(
  db: Db,
  change: { shopId: string; tableId: string; now: number },
): Promise<{ retiredToken: string } | undefined> {
  const table = await db
    .selectFrom("tables")
    .select(["id", "token"])
    .where("shopId", "=", change.shopId)
    .where("id", "=", change.tableId)
    .executeTakeFirst();
  if (!table) return undefined;
  try {
    await retireToken(db, { ...table, shopId: change.shopId, now: change.now });
  } catch (error) {
    // Someone rotated the same code a moment earlier and retired the token we read: it is replaced either way.
    if (!isUniqueViolation(error)) throw error;
  }
  return { retiredToken: table.token };
}

function retireToken(
  db: Db,
  table: { id: string; token: string; shopId: string; now: number },
): Promise<void> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto("retiredTableTokens")
      .values({ token: table.token, tableId: table.id, shopId: table.shopId, retiredAt: table.now })
      .execute();
    // Only if nobody rotated it in between, so two managers pressing at once cannot lose a retired token.
    const updated = await trx
      .updateTable("tables")
      .set({ token: newToken() })
      .where("id", "=", table.id)
      .where("token", "=", table.token)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new Error(`table ${table.id} token changed mid-rotation`);
  });
}
