import { menuAt, menuInLanguage, type Shop } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import type { RunUnit } from "../../db/unit-of-work.js";
import type { Failure } from "../../lib/result.js";
import type { Publisher } from "../../realtime/publisher.js";
import { bumpMenuVersion, findShop } from "../shops/index.js";
import { loadMenu, menuVersion, shopNames } from "./menu.repository.js";
import { negativeLine, priceFloors } from "./price-floor.js";

export interface MenuChangeDeps {
  db: Db;
  runUnit: RunUnit;
  publisher: Publisher;
  clock: () => number;
}

/**
 * Runs one menu change as one unit of work that first bumps the shop's menu version. Bumping first takes
 * the shop's row, the same row order placement takes (`takeOrderSeq`), so an order either commits before
 * the change or is priced after it. A change that fails, or that would let a dish be ordered below zero
 * (price-floor.ts), rolls back and comes back as its failure. Once committed, every open menu page of the
 * shop gets the new menu.
 */
export function changeMenu<R extends { ok: true } | Failure>(
  deps: MenuChangeDeps,
  shopId: string,
  change: (trx: Db) => Promise<R>,
): Promise<Exclude<R, Failure> | Failure> {
  return deps.runUnit(async (unit): Promise<Exclude<R, Failure> | Failure> => {
    await bumpMenuVersion(unit.trx, shopId);
    const floorsBefore = await priceFloors(unit.trx, shopId);
    const result = await change(unit.trx);
    if (!result.ok) return result as Failure;
    const belowZero = negativeLine(floorsBefore, await priceFloors(unit.trx, shopId));
    if (belowZero) return belowZero;
    unit.afterCommit(() => announceMenu(deps, shopId));
    return result as Exclude<R, Failure>;
  });
}

/**
 * Tells the shop's menu pages about the menu as it is now. The version is read before the menu, so the
 * menu sent is never older than the version it carries; pages keep the newest version they have seen.
 * It goes to every phone of the shop alike, read at the time of the change like a page load (`menuAt`),
 * in the shop's language; each phone reads it in its own from the translations it carries.
 */
export async function announceMenu(
  deps: { db: Db; publisher: Publisher; clock: () => number },
  shopId: string,
  /** The shop as it now is, when its settings changed. */
  shop?: Shop,
): Promise<void> {
  const version = await menuVersion(deps.db, shopId);
  const [categories, current] = await Promise.all([
    loadMenu(deps.db, shopId),
    shop ?? findShop(deps.db, shopId),
  ]);
  if (!current) return;
  const names = await shopNames(deps.db, current);
  // In the shop's own language, as a page opened without a language choice reads it.
  const read = menuInLanguage({ shop: current, categories, shopNames: names }, current.locale);
  deps.publisher.menuChanged(shopId, {
    menuVersion: version,
    categories: menuAt(read.categories, deps.clock(), current.timezone),
    shopNames: names,
    ...(shop ? { shop } : {}),
  });
}
