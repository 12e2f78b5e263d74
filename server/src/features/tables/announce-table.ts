import type { MerchantTable } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { fail, type Result, succeed } from "../../lib/result.js";
import type { Publisher } from "../../realtime/publisher.js";
import { findShopTable, noSuchTable, toMerchantTable } from "./tables.repository.js";

/** Reads a table back after a change and tells the shop's open consoles (`table:updated`) unless told not to. */
export async function announceTable(
  deps: { db: Db; publicUrl: string; publisher: Publisher },
  shopId: string,
  tableId: string,
  options: { publish: boolean } = { publish: true },
): Promise<Result<MerchantTable>> {
  const table = await findShopTable(deps.db, shopId, tableId);
  if (!table) return fail("not_found", noSuchTable);
  const merchantTable = toMerchantTable(table, deps.publicUrl);
  if (options.publish) deps.publisher.tableUpdated(shopId, merchantTable);
  return succeed(merchantTable);
}
