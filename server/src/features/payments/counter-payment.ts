import { randomUUID } from "node:crypto";
import { type Db, isUniqueViolation } from "../../db/database.js";
import { transactionResult } from "../../db/transaction-result.js";
import { done, fail, type Outcome } from "../../lib/result.js";
import type { StaffIdentity } from "../auth/index.js";
import { transitionOrder } from "../orders/index.js";
import { tipTooLarge } from "./checkout.js";

/** Records money taken at the counter (with any tip) and marks the order paid, once. */
export async function recordCounterPayment(
  deps: { db: Db; clock: () => number },
  { staff, orderId, tender, tip }: { staff: StaffIdentity; orderId: string; tender: string; tip: number },
): Promise<Outcome> {
  const already = () => fail("payment_not_needed", "This order is not waiting to be paid at the counter");
  try {
    return await transactionResult(deps.db, async (trx) => {
      const order = await trx
        .selectFrom("orders")
        .selectAll()
        .where("shopId", "=", staff.shopId)
        .where("id", "=", orderId)
        .executeTakeFirst();
      if (!order) return fail("not_found", "No such order in this shop");
      if (
        order.paymentMethod !== "counter" ||
        order.paymentStatus !== "unpaid" ||
        ["cancelled", "expired"].includes(order.status)
      ) {
        return already();
      }
      const tipProblem = tipTooLarge(tip, order.total);
      if (tipProblem) return tipProblem;
      const now = deps.clock();
      // Kept apart from total so sales never include it; the payment takes both.
      await trx.updateTable("orders").set({ tip }).where("id", "=", orderId).execute();
      // unique(order_id) makes a second tap (or a second tablet) fail instead of recording two payments.
      await trx
        .insertInto("payments")
        .values({
          id: randomUUID(),
          shopId: staff.shopId,
          orderId,
          provider: "counter",
          providerRef: null,
          amount: order.total + tip,
          currency: order.currency,
          status: "paid",
          tender,
          checkoutUrl: null,
          createdAt: now,
          updatedAt: now,
          paidAt: now,
        })
        .execute();
      const status = order.status as Parameters<typeof transitionOrder>[1]["to"];
      await transitionOrder(trx, {
        shopId: staff.shopId,
        orderId,
        to: status,
        staffId: staff.id,
        now,
        paymentStatus: "paid",
      });
      return done;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return already();
    throw error;
  }
}
