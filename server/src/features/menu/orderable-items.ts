import type { Hours, MerchantMenuItem } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { loadCategories } from "./menu.repository.js";

/** An item with its category's hours: it can be ordered only when both are open. */
export type OrderableItem = MerchantMenuItem & { categoryHours: Hours };

// Shops whose menus are kept; beyond this the least recently priced shop is dropped.
const MAX_SHOPS = 500;

/** shopId → the items of one menu version. A shop's ids are random UUIDs, so one map serves every database. */
const cache = new Map<string, { version: number; items: Map<string, OrderableItem> }>();

/**
 * The items a diner can order (visible, not deleted, in a visible category), by id, as of the shop's menu
 * version `version`. Every menu change bumps the version in its own transaction (`changeMenu`), so a menu
 * read for a version stays true for it: orders are priced from memory instead of four queries each.
 * Read outside a transaction the menu may be newer than `version`, never older; the order's transaction
 * reads the version again under the shop's row and prices again if it moved (`confirmPrices`).
 */
export async function orderableItems(
  db: Db,
  shopId: string,
  version: number,
): Promise<Map<string, OrderableItem>> {
  const kept = cache.get(shopId);
  if (kept?.version === version) {
    // Re-inserting marks the shop as recently used.
    cache.delete(shopId);
    cache.set(shopId, kept);
    return kept.items;
  }
  const categories = await loadCategories(db, shopId, { includeHidden: false });
  const items = new Map(
    categories.flatMap((category) =>
      category.items.map((item): [string, OrderableItem] => [
        item.id,
        { ...item, categoryHours: category.hours ?? [] },
      ]),
    ),
  );
  // A slower reader of an older version must not replace a newer one.
  if (!kept || kept.version < version) {
    cache.delete(shopId);
    cache.set(shopId, { version, items });
    if (cache.size > MAX_SHOPS) cache.delete(cache.keys().next().value as string);
  }
  return items;
}
