import type { TableMenu } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { isToken } from "../../http/ids.js";
import { findShop } from "../shops/index.js";
import { findActiveTableByToken } from "../tables/index.js";
import { loadMenu, menuVersion } from "./menu.repository.js";

/** The menu a table's or counter's code opens; undefined when the code opens nothing (unknown, replaced, off). */
export async function loadTableMenu(db: Db, token: string): Promise<TableMenu | undefined> {
  const table = isToken(token) ? await findActiveTableByToken(db, token) : undefined;
  const shop = table && (await findShop(db, table.shopId));
  if (!table || !shop) return undefined;
  // The version first: the menu read after it is at least that new (see announceMenu).
  const version = await menuVersion(db, shop.id);
  return {
    shop,
    table: { id: table.id, label: table.label, kind: table.kind },
    categories: await loadMenu(db, shop.id),
    menuVersion: version,
  };
}
