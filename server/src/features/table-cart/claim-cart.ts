import type { OrderLineInput, SharedCartClaim } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { done, fail, type Outcome } from "../../lib/result.js";
import { ensureCartRow } from "./cart.repository.js";
import { sameLines } from "./cart-rules.js";

const changed = () =>
  fail(
    "cart_changed",
    "Someone at your table changed the cart a moment ago. Check it and place the order again.",
  );

/**
 * Inside the order's transaction: the order is the table's shared cart at `claim.version`, so the cart is
 * emptied with it. The conditional version update lets exactly one of two phones submitting at once win;
 * the other gets `cart_changed`, and its caller rolls the order back with everything else.
 */
export async function claimSharedCart(
  trx: Db,
  claim: SharedCartClaim & { tableId: string; shopId: string; orderId: string; now: number },
  lines: OrderLineInput[],
): Promise<Outcome> {
  await ensureCartRow(trx, claim);
  const taken = await trx
    .updateTable("tableCarts")
    .set((eb) => ({
      version: eb("version", "+", 1),
      updatedAt: claim.now,
      lastOrderId: claim.orderId,
      lastSubmittedBy: claim.nickname,
      lastSubmittedAt: claim.now,
    }))
    .where("tableId", "=", claim.tableId)
    .where("version", "=", claim.version)
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) !== 1) return changed();
  const cartLines = await trx
    .selectFrom("tableCartLines")
    .select(["itemId", "quantity", "optionIdsJson", "note"])
    .where("tableId", "=", claim.tableId)
    .execute();
  const inCart = cartLines.map((line) => ({
    ...line,
    quantity: Number(line.quantity),
    optionIds: JSON.parse(line.optionIdsJson) as string[],
  }));
  if (!sameLines(inCart, lines)) return changed();
  await trx.deleteFrom("tableCartLines").where("tableId", "=", claim.tableId).execute();
  return done;
}
