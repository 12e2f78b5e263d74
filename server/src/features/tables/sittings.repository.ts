import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database.js";

export type SittingChange =
  | { ok: true; changed: boolean }
  | { ok: false; reason: "not_found" | "not_allowed" };

/**
 * Inserts an open sitting unless the table has one. The partial unique index (one open sitting per table)
 * decides races on both dialects: a concurrent second insert does nothing instead of failing. Returns the
 * new sitting's id, or null when one was open already.
 */
export async function insertOpenSitting(
  trx: Db,
  sitting: { shopId: string; tableId: string; staffId: string | null; now: number },
): Promise<string | null> {
  const id = randomUUID();
  const result = await trx
    .insertInto("tableSittings")
    .values({
      id,
      shopId: sitting.shopId,
      tableId: sitting.tableId,
      openedAt: sitting.now,
      openedBy: sitting.staffId,
      closedAt: null,
      closedBy: null,
    })
    .onConflict((oc) => oc.column("tableId").where("closedAt", "is", null).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1 ? id : null;
}

/** The table's open sitting (its tab), if it has one. */
export async function findOpenSitting(
  db: Db,
  tableId: string,
): Promise<{ id: string; openedAt: number } | undefined> {
  return db
    .selectFrom("tableSittings")
    .select(["id", "openedAt"])
    .where("tableId", "=", tableId)
    .where("closedAt", "is", null)
    .executeTakeFirst();
}

/** The id of the table's open sitting, if it has one. */
export async function openSittingId(db: Db, tableId: string): Promise<string | null> {
  return (await findOpenSitting(db, tableId))?.id ?? null;
}

/** Staff seat guests: opens the table's sitting; `changed` is false when it was open already. */
export async function openSitting(
  db: Db,
  change: { shopId: string; tableId: string; staffId: string; now: number },
): Promise<SittingChange> {
  return db.transaction().execute(async (trx) => {
    const table = await trx
      .selectFrom("tables")
      .select(["kind", "active"])
      .where("shopId", "=", change.shopId)
      .where("id", "=", change.tableId)
      .executeTakeFirst();
    if (!table) return { ok: false, reason: "not_found" };
    if (table.kind !== "table" || table.active !== 1) return { ok: false, reason: "not_allowed" };
    return { ok: true, changed: (await insertOpenSitting(trx, change)) !== null };
  });
}

/** The guests left: closes the table's open sitting; `changed` is false when none was open. */
export async function closeSitting(
  db: Db,
  change: { shopId: string; tableId: string; staffId: string; now: number },
): Promise<SittingChange> {
  return db.transaction().execute(async (trx) => {
    const table = await trx
      .selectFrom("tables")
      .select("id")
      .where("shopId", "=", change.shopId)
      .where("id", "=", change.tableId)
      .executeTakeFirst();
    if (!table) return { ok: false, reason: "not_found" };
    const result = await trx
      .updateTable("tableSittings")
      .set({ closedAt: change.now, closedBy: change.staffId })
      .where("shopId", "=", change.shopId)
      .where("tableId", "=", change.tableId)
      .where("closedAt", "is", null)
      .executeTakeFirst();
    return { ok: true, changed: Number(result.numUpdatedRows) > 0 };
  });
}
