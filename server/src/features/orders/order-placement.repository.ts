import type { Insertable } from "kysely";
import type { Db } from "../../db/database.js";
import type { OrderLinesTable, OrdersTable } from "../../db/schema.js";

/** Writes a new order's row and its lines, in the placing transaction. */
export async function insertOrder(
  trx: Db,
  row: Insertable<OrdersTable>,
  lines: Insertable<OrderLinesTable>[],
): Promise<void> {
  await trx.insertInto("orders").values(row).execute();
  await trx.insertInto("orderLines").values(lines).execute();
}
