import type { OrderLineInput, SharedCartClaim } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { done, fail, type Outcome } from "../../lib/result.js";
import { ensureCartRow, takeCartVersion } from "./cart.repository.js";
import { cartLinesForOrder, deleteAllCartLines } from "./cart-lines.repository.js";
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
  if (!(await takeCartVersion(trx, claim))) return changed();
  if (!sameLines(await cartLinesForOrder(trx, claim.tableId), lines)) return changed();
  await deleteAllCartLines(trx, claim.tableId);
  return done;
}
