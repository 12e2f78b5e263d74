import type { TableCart } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { deleteAllCartLines } from "./cart-lines.repository.js";

/** Makes sure the table has its cart row, the one every change of that cart locks and bumps. */
export async function ensureCartRow(trx: Db, cart: { tableId: string; shopId: string; now: number }) {
  await trx
    .insertInto("tableCarts")
    .values({ tableId: cart.tableId, shopId: cart.shopId, version: 0, updatedAt: cart.now })
    .onConflict((oc) => oc.column("tableId").doNothing())
    .execute();
}

/**
 * Takes the table's next cart version. On PostgreSQL the update holds the cart row's lock until commit, so
 * edits of one table's cart run one after another (SQLite runs every write transaction one at a time).
 */
export async function bumpVersion(trx: Db, tableId: string, now: number): Promise<number> {
  const row = await trx
    .updateTable("tableCarts")
    .set((eb) => ({ version: eb("version", "+", 1), updatedAt: now }))
    .where("tableId", "=", tableId)
    .returning("version")
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

/**
 * The order takes the cart at the version its phone saw: one conditional update, so of two phones
 * submitting at once exactly one wins. False when the cart moved on since.
 */
export async function takeCartVersion(
  trx: Db,
  claim: { tableId: string; version: number; orderId: string; nickname: string; now: number },
): Promise<boolean> {
  const taken = await trx
    .updateTable("tableCarts")
    .set((eb) => ({
      version: eb("version", "+", 1),
      updatedAt: claim.now,
      lastOrderId: claim.orderId,
      lastSubmittedBy: claim.nickname,
      lastSubmittedAt: claim.now,
    }))
    .where("tableId", "=", claim.tableId)
    .where("version", "=", claim.version)
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}

/** The whole cart as every phone of the table sees it. */
export async function loadCart(db: Db, tableId: string): Promise<TableCart> {
  const cart = await db
    .selectFrom("tableCarts")
    .leftJoin("orders", "orders.id", "tableCarts.lastOrderId")
    .select([
      "tableCarts.version",
      "tableCarts.lastOrderId",
      "tableCarts.lastSubmittedBy",
      "tableCarts.lastSubmittedAt",
      "orders.pickupNumber",
    ])
    .where("tableCarts.tableId", "=", tableId)
    .executeTakeFirst();
  const lines = await db
    .selectFrom("tableCartLines")
    .innerJoin("items", "items.id", "tableCartLines.itemId")
    .select([
      "tableCartLines.id",
      "tableCartLines.itemId",
      "items.name",
      "tableCartLines.quantity",
      "tableCartLines.optionIdsJson",
      "tableCartLines.note",
      "tableCartLines.addedBy",
    ])
    .where("tableCartLines.tableId", "=", tableId)
    .orderBy("tableCartLines.position")
    .orderBy("tableCartLines.id")
    .execute();
  const submitted =
    cart?.lastOrderId && cart.lastSubmittedAt !== null
      ? {
          orderId: cart.lastOrderId,
          pickupNumber: Number(cart.pickupNumber ?? 0),
          by: cart.lastSubmittedBy ?? "",
          at: new Date(Number(cart.lastSubmittedAt)).toISOString(),
        }
      : null;
  return {
    tableId,
    version: Number(cart?.version ?? 0),
    lines: lines.map(({ optionIdsJson, ...line }) => ({
      ...line,
      quantity: Number(line.quantity),
      optionIds: JSON.parse(optionIdsJson) as string[],
    })),
    lastSubmission: submitted,
  };
}

/** Empties the cart (the guests left); the next phone to scan starts from nothing. */
export async function clearCart(db: Db, table: { tableId: string; shopId: string; now: number }) {
  await db.transaction().execute(async (trx) => {
    await ensureCartRow(trx, table);
    await bumpVersion(trx, table.tableId, table.now);
    await deleteAllCartLines(trx, table.tableId);
    await trx
      .updateTable("tableCarts")
      .set({ lastOrderId: null, lastSubmittedBy: null, lastSubmittedAt: null })
      .where("tableId", "=", table.tableId)
      .execute();
  });
}
