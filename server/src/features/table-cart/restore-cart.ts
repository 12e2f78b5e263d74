import { randomUUID } from "node:crypto";
import { MAX_CART_LINES } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { bumpVersion } from "./cart.repository.js";

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
    .limit(Math.max(0, MAX_CART_LINES - Number(n)))
    .execute();
  // One version per restored line (positions keep the order's line order); the cart ends at the last.
  await trx
    .updateTable("tableCarts")
    .set({
      version: version + Math.max(0, lines.length - 1),
      lastOrderId: null,
      lastSubmittedBy: null,
      lastSubmittedAt: null,
    })
    .where("tableId", "=", cart.tableId)
    .execute();
  if (lines.length === 0) return cart.tableId;
  await trx
    .insertInto("tableCartLines")
    .values(
      lines.map((line, index) => ({
        id: randomUUID(),
        tableId: cart.tableId,
        shopId: cart.shopId,
        itemId: line.itemId,
        quantity: Number(line.quantity),
        optionIdsJson: JSON.stringify(
          (JSON.parse(line.optionsJson) as { id: string }[]).map((option) => option.id).sort(),
        ),
        note: line.note,
        addedBy: order.submittedBy as string,
        position: version + index,
      })),
    )
    .execute();
  return cart.tableId;
}
