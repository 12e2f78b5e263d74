import type { Db } from "../../db/database.js";

/** The address a receipt email goes to waits in its own row until the email is sent. */
export async function insertReceiptEmail(
  trx: Db,
  request: { id: string; orderId: string; email: string; createdAt: number },
): Promise<void> {
  await trx.insertInto("receiptEmails").values(request).execute();
}

export const findReceiptEmail = (db: Db, requestId: string) =>
  db.selectFrom("receiptEmails").select(["orderId", "email"]).where("id", "=", requestId).executeTakeFirst();

/** Forgets the address once its email is out. */
export async function deleteReceiptEmail(db: Db, requestId: string): Promise<void> {
  await db.deleteFrom("receiptEmails").where("id", "=", requestId).execute();
}
