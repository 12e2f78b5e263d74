import type { PaymentMode, Shop } from "@tabletap/shared";
import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { ShopsTable } from "../../db/schema.js";

export const toShop = (row: Selectable<ShopsTable>): Shop => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  currency: row.currency,
  locale: row.locale,
  timezone: row.timezone,
  paymentMode: row.paymentMode as PaymentMode,
  paymentProvider: row.paymentProvider,
});

export async function findShop(db: Db, shopId: string): Promise<Shop | undefined> {
  const row = await db.selectFrom("shops").selectAll().where("id", "=", shopId).executeTakeFirst();
  return row && toShop(row);
}

/** Hands out the shop's next change number. Also serialises concurrent writers of one shop's orders. */
export async function nextSeq(trx: Db, shopId: string): Promise<number> {
  const row = await trx
    .updateTable("shops")
    .set((eb) => ({ lastSeq: eb("lastSeq", "+", 1) }))
    .where("id", "=", shopId)
    .returning("lastSeq")
    .executeTakeFirstOrThrow();
  return Number(row.lastSeq);
}

/**
 * `nextSeq` for a new order, returning in the same statement what the order must read under the shop's
 * row: the menu version its prices are checked against and whether tables wait for staff to seat them.
 */
export async function takeOrderSeq(
  trx: Db,
  shopId: string,
): Promise<{ seq: number; menuVersion: number; sittingsEnabled: boolean }> {
  const row = await trx
    .updateTable("shops")
    .set((eb) => ({ lastSeq: eb("lastSeq", "+", 1) }))
    .where("id", "=", shopId)
    .returning(["lastSeq", "menuVersion", "sittingsEnabled"])
    .executeTakeFirstOrThrow();
  return {
    seq: Number(row.lastSeq),
    menuVersion: Number(row.menuVersion),
    sittingsEnabled: row.sittingsEnabled === 1,
  };
}
