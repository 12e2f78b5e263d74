import type { PaymentMode, Shop } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import type { TableRow } from "../tables/index.js";

/** What placing an order reads before its transaction. */
export interface OrderContext {
  table: TableRow;
  shop: Shop;
  /** The shop's menu version, read with the shop (never after the menu it prices from). */
  menuVersion: number;
  /** The table's open sitting (its tab), if any. */
  openSitting: string | null;
  /** The shop's earlier order with this idempotency key: a retry, answered with that order. */
  replayId: string | null;
}

/**
 * An active table or counter (by its QR token, or by id within a shop for staff) with its shop, menu
 * version, open sitting and any order already placed under this idempotency key — one statement, since
 * every round trip to the database costs the busiest endpoint time.
 */
export async function findOrderContext(
  db: Db,
  where: { token: string } | { shopId: string; tableId: string },
  idempotencyKey: string,
): Promise<OrderContext | undefined> {
  let query = db
    .selectFrom("tables")
    .innerJoin("shops", "shops.id", "tables.shopId")
    .selectAll("tables")
    .select([
      "shops.slug as shopSlug",
      "shops.name as shopName",
      "shops.currency",
      "shops.locale",
      "shops.timezone",
      "shops.paymentMode",
      "shops.paymentProvider",
      "shops.menuVersion",
    ])
    .select((eb) => [
      eb
        .selectFrom("tableSittings")
        .select("tableSittings.id")
        .whereRef("tableSittings.tableId", "=", "tables.id")
        .where("tableSittings.closedAt", "is", null)
        .limit(1)
        .as("openSitting"),
      eb
        .selectFrom("orders")
        .select("orders.id")
        .whereRef("orders.shopId", "=", "tables.shopId")
        .where("orders.idempotencyKey", "=", idempotencyKey)
        .limit(1)
        .as("replayId"),
    ])
    .where("tables.active", "=", 1);
  query =
    "token" in where
      ? query.where("tables.token", "=", where.token)
      : query.where("tables.shopId", "=", where.shopId).where("tables.id", "=", where.tableId);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  const { shopSlug, shopName, currency, locale, timezone, paymentMode, paymentProvider, ...rest } = row;
  const { menuVersion, openSitting, replayId, ...table } = rest;
  return {
    table: table as TableRow,
    shop: {
      id: table.shopId,
      slug: shopSlug,
      name: shopName,
      currency,
      locale,
      timezone,
      paymentMode: paymentMode as PaymentMode,
      paymentProvider,
    },
    menuVersion: Number(menuVersion),
    openSitting: openSitting ?? null,
    replayId: replayId ?? null,
  };
}
