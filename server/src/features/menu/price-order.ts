import type { OrderLineInput } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { type Result, succeed } from "../../lib/result.js";
import { menuVersion, withdrawnItems } from "./menu.repository.js";
import { orderableItems } from "./orderable-items.js";
import { type PricedLine, priceLines, unknownItemIds } from "./price-rules.js";

export type { PricedLine } from "./price-rules.js";

export interface PricedOrder {
  /** The menu version the prices were read at (read before the menu, so never newer than it). */
  menuVersion: number;
  lines: PricedLine[];
  subtotal: number;
}

type LineRequest = { lines: OrderLineInput[] };

/**
 * Prices every line from the shop's menu alone (rules in price-rules.ts); refuses sold-out, withdrawn and
 * unknown items, and lines or orders outside the money limits (shared `money-limits.ts`). `version`
 * is the shop's menu version when the caller has just read it (never after the menu itself).
 */
export async function priceOrder(
  db: Db,
  shopId: string,
  request: LineRequest,
  version?: number,
): Promise<Result<PricedOrder>> {
  version ??= await menuVersion(db, shopId);
  const items = await orderableItems(db, shopId, version);
  const withdrawn = await withdrawnItems(db, shopId, unknownItemIds(items, request.lines));
  const priced = priceLines(items, withdrawn, request.lines);
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
  shopId: string,
  priced: PricedOrder,
  request: LineRequest,
  currentVersion: number,
): Promise<Result<PricedOrder>> {
  if (currentVersion === priced.menuVersion) return succeed(priced);
  return priceOrder(trx, shopId, request, currentVersion);
}
