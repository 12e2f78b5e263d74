import type { Insertable } from "kysely";
import type { Db } from "../../db/database.js";
import type { PaymentsTable } from "../../db/schema.js";

/** Writes payments of orders that already happened (a generated sales history), in batches. */
export async function insertPastPayments(trx: Db, payments: Insertable<PaymentsTable>[]): Promise<void> {
  for (let i = 0; i < payments.length; i += 600)
    await trx
      .insertInto("payments")
      .values(payments.slice(i, i + 600))
      .execute();
}
