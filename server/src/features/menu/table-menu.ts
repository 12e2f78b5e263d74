import { menuAt, menuInLanguage, type TableMenu } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { isToken } from "../../http/ids.js";
import { findShop } from "../shops/index.js";
import { findActiveTableByToken } from "../tables/index.js";
import { loadMenu, menuVersion, shopNames } from "./menu.repository.js";

/** How a diner reads the menu: in a language (the shop's own when none) at an instant. */
export interface MenuReading {
  language?: string | undefined;
  now: number;
}

/**
 * The menu a table's or counter's code opens, as it reads at `reading.now` (dishes outside their hours say
 * from when, or are left out) in the diner's language; undefined when the code opens nothing (unknown,
 * replaced, off).
 */
export async function loadTableMenu(
  db: Db,
  token: string,
  reading: MenuReading,
): Promise<TableMenu | undefined> {
  const table = isToken(token) ? await findActiveTableByToken(db, token) : undefined;
  const shop = table && (await findShop(db, table.shopId));
  if (!table || !shop) return undefined;
  // The version first: the menu read after it is at least that new (see announceMenu).
  const version = await menuVersion(db, shop.id);
  const [categories, names] = await Promise.all([loadMenu(db, shop.id), shopNames(db, shop)]);
  const menu: TableMenu = {
    shop,
    table: { id: table.id, label: table.label, kind: table.kind },
    categories: menuAt(categories, reading.now, shop.timezone),
    menuVersion: version,
    shopNames: names,
  };
  return menuInLanguage(menu, reading.language ?? shop.locale);
}
