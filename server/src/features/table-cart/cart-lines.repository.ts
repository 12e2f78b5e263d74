import type { Insertable } from "kysely";
import type { Db } from "../../db/database.js";
import type { TableCartLinesTable } from "../../db/schema.js";

/** A line by the id its phone gave it, whichever table it is on. */
export async function findCartLine(trx: Db, lineId: string) {
  return trx
    .selectFrom("tableCartLines")
    .select(["tableId", "itemId", "optionIdsJson", "note"])
    .where("id", "=", lineId)
    .executeTakeFirst();
}

export async function countCartLines(trx: Db, tableId: string): Promise<number> {
  const { n } = await trx
    .selectFrom("tableCartLines")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("tableId", "=", tableId)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** The cart's lines as an order placed from it must match them. */
export async function cartLinesForOrder(trx: Db, tableId: string) {
  const lines = await trx
    .selectFrom("tableCartLines")
    .select(["itemId", "quantity", "optionIdsJson", "note"])
    .where("tableId", "=", tableId)
    .execute();
  return lines.map((line) => ({
    ...line,
    quantity: Number(line.quantity),
    optionIds: JSON.parse(line.optionIdsJson) as string[],
  }));
}

export async function insertCartLines(trx: Db, lines: Insertable<TableCartLinesTable>[]): Promise<void> {
  await trx.insertInto("tableCartLines").values(lines).execute();
}

/** False when the line is no longer in this table's cart. */
export async function setLineQuantity(
  trx: Db,
  change: { tableId: string; lineId: string; quantity: number },
): Promise<boolean> {
  const result = await trx
    .updateTable("tableCartLines")
    .set({ quantity: change.quantity })
    .where("id", "=", change.lineId)
    .where("tableId", "=", change.tableId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** False when the line is no longer in this table's cart. */
export async function deleteCartLine(trx: Db, line: { tableId: string; lineId: string }): Promise<boolean> {
  const result = await trx
    .deleteFrom("tableCartLines")
    .where("id", "=", line.lineId)
    .where("tableId", "=", line.tableId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function deleteAllCartLines(trx: Db, tableId: string): Promise<void> {
  await trx.deleteFrom("tableCartLines").where("tableId", "=", tableId).execute();
}
