import type { Shop } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { transactionResult } from "../../db/transaction-result.js";
import type { Failure } from "../../lib/result.js";
import type { Publisher } from "../../realtime/publisher.js";
import { bumpMenuVersion } from "../shops/index.js";
import { loadMenu, menuVersion } from "./menu.repository.js";
import { negativeLine, priceFloors } from "./price-floor.js";

export interface MenuChangeDeps {
  db: Db;
  publisher: Publisher;
  clock: () => number;
}

/**
 * Runs one menu change in a transaction that first bumps the shop's menu version. Bumping first takes the
 * shop's row, the same row order placement takes (`nextSeq`), so an order either commits before the change
 * or is priced after it. A change that fails, or that would let a dish be ordered below zero
 * (price-floor.ts), rolls back and comes back as its failure. Once committed, every open menu page of the
 * shop gets the new menu.
 */
export async function changeMenu<R extends { ok: true } | Failure>(
  deps: MenuChangeDeps,
  shopId: string,
  change: (trx: Db) => Promise<R>,
): Promise<Exclude<R, Failure> | Failure> {
  const result = await transactionResult(deps.db, async (trx) => {
    await bumpMenuVersion(trx, shopId);
    const floorsBefore = await priceFloors(trx, shopId);
    const result = await change(trx);
    if (!result.ok) return result;
    return negativeLine(floorsBefore, await priceFloors(trx, shopId)) ?? result;
  });
  if (result.ok) await announceMenu(deps, shopId);
  return result;
}

/**
 * Tells the shop's menu pages about the menu as it is now. The version is read before the menu, so the
 * menu sent is never older than the version it carries; pages keep the newest version they have seen.
 */
export async function announceMenu(
  deps: { db: Db; publisher: Publisher },
  shopId: string,
  /** The shop as it now is, when its settings changed. */
  shop?: Shop,
): Promise<void> {
  const version = await menuVersion(deps.db, shopId);
  const categories = await loadMenu(deps.db, shopId);
  deps.publisher.menuChanged(shopId, { menuVersion: version, categories, ...(shop ? { shop } : {}) });
}
