import type { OrderLineInput } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { type Failure, type Result, succeed } from "../../lib/result.js";
import { findShop } from "../shops/index.js";
import { menuVersion, withdrawnItems } from "./menu.repository.js";
import { orderableItems } from "./orderable-items.js";
import {
  closedRefusal,
  type OrderMoment,
  type PricedLine,
  type PricingItem,
  priceLines,
  unknownItemIds,
} from "./price-rules.js";

export type { PricedLine } from "./price-rules.js";

export interface PricedOrder {
  /** The menu version the prices were read at (read before the menu, so never newer than it). */
  menuVersion: number;
  lines: PricedLine[];
  subtotal: number;
}

type LineRequest = { lines: OrderLineInput[] };

/** The shop the order is for: its id, and the time zone its dishes' hours are read in. */
type ShopRef = { id: string; timezone: string };

/**
 * Prices every line from the shop's menu alone (rules in price-rules.ts); refuses sold-out, withdrawn and
 * unknown items, items outside their hours at `now`, and lines or orders outside the money limits (shared
 * `money-limits.ts`). `version` is the shop's menu version when the caller has just read it (never after
 * the menu itself).
 */
export async function priceOrder(
  db: Db,
  shop: ShopRef,
  request: LineRequest,
  when: { now: number; version?: number | undefined },
): Promise<Result<PricedOrder>> {
  const version = when.version ?? (await menuVersion(db, shop.id));
  const items = await orderableItems(db, shop.id, version);
  const withdrawn = await withdrawnItems(db, shop.id, unknownItemIds(items, request.lines));
  const at: OrderMoment = { now: when.now, timeZone: shop.timezone };
  const priced = priceLines(items, withdrawn, request.lines, at);
  if (!priced.ok) return priced;
  return succeed({ menuVersion: version, lines: priced.lines, subtotal: priced.subtotal });
}

/**
 * Called inside the order's transaction with the menu version read while taking the shop's row, which
 * every menu change takes first too: if the menu changed after `priced` was read (an item sold out while
 * the diner was paying attention to their phone), the order is priced again, and fails if it no longer
 * can be.
 */
export async function confirmPrices(
  trx: Db,
  shop: ShopRef,
  priced: PricedOrder,
  request: LineRequest,
  current: { version: number; now: number },
): Promise<Result<PricedOrder>> {
  if (current.version === priced.menuVersion) return succeed(priced);
  return priceOrder(trx, shop, request, current);
}

/**
 * Why a dish cannot be ordered at `now` on its shop's clock (its or its category's hours), or null. The
 * shop is read only for a dish that has hours.
 */
export async function closedAt(
  db: Db,
  shopId: string,
  item: PricingItem,
  now: number,
): Promise<Failure | null> {
  if (!item.hours?.length && !item.categoryHours?.length) return null;
  const shop = await findShop(db, shopId);
  return shop ? closedRefusal(item, { now, timeZone: shop.timezone }) : null;
}
