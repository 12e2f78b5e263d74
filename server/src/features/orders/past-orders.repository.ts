import type { Insertable } from "kysely";
import type { Db } from "../../db/database.js";
import type { OrderLinesTable, OrdersTable } from "../../db/schema.js";

/**
 * Writes orders that already happened (a generated sales history) with their lines, in batches a
 * statement can hold. They bypass placement: no events and no jobs follow.
 */
export async function insertPastOrders(
  trx: Db,
  past: { orders: Insertable<OrdersTable>[]; lines: Insertable<OrderLinesTable>[] },
): Promise<void> {
  for (let i = 0; i < past.orders.length; i += 400)
    await trx
      .insertInto("orders")
      .values(past.orders.slice(i, i + 400))
      .execute();
  for (let i = 0; i < past.lines.length; i += 600)
    await trx
      .insertInto("orderLines")
      .values(past.lines.slice(i, i + 600))
      .execute();
}
