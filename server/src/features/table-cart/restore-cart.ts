import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database.js";
import { bumpVersion } from "./cart.repository.js";
import { restoredLines, roomLeft } from "./cart-rules.js";

/**
 * Inside the transaction that expires a pay-first order: if the order took its table's shared cart (the
 * cart still names it as the last submission, so the table has not ordered since), its lines go back into
 * the cart after anything added meanwhile, as far as the cart has room, and the "placed by" notice is
 * withdrawn. The table loses nothing to an abandoned checkout. Returns the table to announce, if any.
 */
export async function restoreSharedCart(
  trx: Db,
  order: { orderId: string; submittedBy: string | null; now: number },
): Promise<string | null> {
  if (order.submittedBy === null) return null;
  const cart = await trx
    .selectFrom("tableCarts")
    .select(["tableId", "shopId"])
    .where("lastOrderId", "=", order.orderId)
    .executeTakeFirst();
  if (!cart) return null;
  const version = await bumpVersion(trx, cart.tableId, order.now);
  const { n } = await trx
    .selectFrom("tableCartLines")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("tableId", "=", cart.tableId)
    .executeTakeFirstOrThrow();
  const lines = await trx
    .selectFrom("orderLines")
    .select(["itemId", "quantity", "optionsJson", "note"])
    .where("orderId", "=", order.orderId)
    .orderBy("position")
    .limit(roomLeft(Number(n)))
    .execute();
  const restored = restoredLines(lines, { version, addedBy: order.submittedBy });
  await trx
    .updateTable("tableCarts")
    .set({ version: restored.version, lastOrderId: null, lastSubmittedBy: null, lastSubmittedAt: null })
    .where("tableId", "=", cart.tableId)
    .execute();
  if (restored.lines.length === 0) return cart.tableId;
  await trx
    .insertInto("tableCartLines")
    .values(
      restored.lines.map((line) => ({
        ...line,
        id: randomUUID(),
        tableId: cart.tableId,
        shopId: cart.shopId,
      })),
    )
    .execute();
  return cart.tableId;
}
