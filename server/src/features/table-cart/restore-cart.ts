import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database.js";
import { bumpVersion } from "./cart.repository.js";
import { countCartLines, insertCartLines } from "./cart-lines.repository.js";
import { findCartOfOrder, orderLinesToRestore, withdrawSubmission } from "./cart-restore.repository.js";
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
  const cart = await findCartOfOrder(trx, order.orderId);
  if (!cart) return null;
  const version = await bumpVersion(trx, cart.tableId, order.now);
  const room = roomLeft(await countCartLines(trx, cart.tableId));
  const lines = await orderLinesToRestore(trx, order.orderId, room);
  const restored = restoredLines(lines, { version, addedBy: order.submittedBy });
  await withdrawSubmission(trx, { tableId: cart.tableId, version: restored.version });
  if (restored.lines.length === 0) return cart.tableId;
  await insertCartLines(
    trx,
    restored.lines.map((line) => ({ ...line, id: randomUUID(), tableId: cart.tableId, shopId: cart.shopId })),
  );
  return cart.tableId;
}
