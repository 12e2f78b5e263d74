import type { MerchantTable } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { HttpError } from "../../http/errors.js";
import type { Publisher } from "../../realtime/publisher.js";
import { findShopTable, toMerchantTable } from "./tables.repository.js";

/** Reads a table back after a change and tells the shop's open consoles (`table:updated`) unless told not to. */
export async function announceTable(
  deps: { db: Db; publicUrl: string; publisher: Publisher },
  shopId: string,
  tableId: string,
  options: { publish: boolean } = { publish: true },
): Promise<MerchantTable> {
  const table = await findShopTable(deps.db, shopId, tableId);
  if (!table) throw new HttpError(404, "not_found", "No such table in this shop");
  const merchantTable = toMerchantTable(table, deps.publicUrl);
  if (options.publish) deps.publisher.tableUpdated(shopId, merchantTable);
  return merchantTable;
}
