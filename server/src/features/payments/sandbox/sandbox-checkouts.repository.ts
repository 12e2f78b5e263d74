import type { Insertable } from "kysely";
import type { Db } from "../../../db/database.js";
import type { SandboxCheckoutsTable } from "../../../db/schema.js";

/** The sandbox provider's own books: one row per hosted checkout. */
export async function insertSandboxCheckout(db: Db, row: Insertable<SandboxCheckoutsTable>): Promise<void> {
  await db.insertInto("sandboxCheckouts").values(row).execute();
}

export function findSandboxCheckout(db: Db, id: string) {
  return db.selectFrom("sandboxCheckouts").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Closes an open checkout as paid or failed; false when it was no longer open. */
export async function closeSandboxCheckout(trx: Db, id: string, status: "paid" | "failed"): Promise<boolean> {
  const claimed = await trx
    .updateTable("sandboxCheckouts")
    .set({ status })
    .where("id", "=", id)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

/** Marks a paid checkout refunded; false when it took no payment. */
export async function refundSandboxCheckout(db: Db, id: string): Promise<boolean> {
  const refunded = await db
    .updateTable("sandboxCheckouts")
    .set({ refunded: 1 })
    .where("id", "=", id)
    .where("status", "=", "paid")
    .executeTakeFirst();
  return Number(refunded.numUpdatedRows) === 1;
}
