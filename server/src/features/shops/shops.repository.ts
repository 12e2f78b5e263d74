import type { PaymentMode, Shop, ShopSettings } from "@tabletap/shared";
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

/**
 * Takes the shop's row for the rest of the transaction without changing it, so concurrent changes of one
 * shop's team queue up (a row lock on PostgreSQL; SQLite has a single writer anyway).
 */
export async function lockShop(trx: Db, shopId: string): Promise<void> {
  await trx.updateTable("shops").set({ id: shopId }).where("id", "=", shopId).execute();
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
 * row: the menu version its prices are checked against, whether tables wait for staff to seat them, and
 * the payment and time settings the order is placed under (a settings change takes the same row).
 */
export async function takeOrderSeq(
  trx: Db,
  shopId: string,
): Promise<{ seq: number; menuVersion: number; sittingsEnabled: boolean; settings: ShopSettings }> {
  const row = await trx
    .updateTable("shops")
    .set((eb) => ({ lastSeq: eb("lastSeq", "+", 1) }))
    .where("id", "=", shopId)
    .returning([
      "lastSeq",
      "menuVersion",
      "sittingsEnabled",
      "paymentMode",
      "paymentProvider",
      "timezone",
      "currency",
    ])
    .executeTakeFirstOrThrow();
  const { paymentMode, paymentProvider, timezone, currency } = row;
  return {
    seq: Number(row.lastSeq),
    menuVersion: Number(row.menuVersion),
    sittingsEnabled: row.sittingsEnabled === 1,
    settings: { paymentMode: paymentMode as PaymentMode, paymentProvider, timezone, currency },
  };
}

/** Reads the shop's payment and time settings. */
export async function findShopSettings(db: Db, shopId: string): Promise<ShopSettings | undefined> {
  return db
    .selectFrom("shops")
    .select(["paymentMode", "paymentProvider", "timezone", "currency"])
    .where("id", "=", shopId)
    .executeTakeFirst()
    .then((row) => row && { ...row, paymentMode: row.paymentMode as PaymentMode });
}

/**
 * Applies a settings change under the shop's row, the row every order takes first (`takeOrderSeq`): an
 * order commits wholly before the change or reads the new settings. `check` sees the settings as they
 * were and may refuse by throwing; the menu version moves too, so open menu pages take the new settings.
 */
export async function changeShopSettings(
  db: Db,
  shopId: string,
  change: Partial<ShopSettings>,
  check: (current: ShopSettings) => void,
): Promise<ShopSettings | undefined> {
  return db.transaction().execute(async (trx) => {
    const locked = await trx
      .updateTable("shops")
      .set((eb) => ({ menuVersion: eb("menuVersion", "+", 1) }))
      .where("id", "=", shopId)
      .executeTakeFirst();
    if (Number(locked.numUpdatedRows) === 0) return undefined;
    const current = await findShopSettings(trx, shopId);
    if (!current) return undefined;
    check(current);
    await trx.updateTable("shops").set(change).where("id", "=", shopId).execute();
    return { ...current, ...change };
  });
}
