import { randomUUID } from "node:crypto";
import type { Order, OrderStatus } from "@tabletap/shared";
import { isUniqueViolation } from "../../db/database.js";
import type { RunUnit } from "../../db/unit-of-work.js";
import { fail, type Result, succeed } from "../../lib/result.js";
import type { StaffIdentity } from "../auth/index.js";
import { findOrderForPayment, type OrderEventDeps, setOrderTip, transitionOrder } from "../orders/index.js";
import { tipTooLarge } from "./checkout.js";
import { insertPayment } from "./payments.repository.js";
import { queueTabBalance } from "./tab/part-outcomes.js";

/** Records money taken at the counter (with any tip) and marks the order paid, once; returns the order. */
export async function recordCounterPayment(
  deps: OrderEventDeps & { clock: () => number; runUnit: RunUnit },
  { staff, orderId, tender, tip }: { staff: StaffIdentity; orderId: string; tender: string; tip: number },
): Promise<Result<Order>> {
  const already = () => fail("payment_not_needed", "This order is not waiting to be paid at the counter");
  try {
    const recorded = await deps.runUnit(async (unit) => {
      const { trx } = unit;
      const order = await findOrderForPayment(trx, { orderId, shopId: staff.shopId });
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
      await setOrderTip(trx, orderId, tip);
      // unique(order_id) makes a second tap (or a second tablet) fail instead of recording two payments.
      await insertPayment(trx, {
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
      });
      const paid = await transitionOrder(unit, deps, {
        shopId: staff.shopId,
        orderId,
        to: order.status as OrderStatus,
        staffId: staff.id,
        now,
        paymentStatus: "paid",
      });
      // Staff moved it between the two reads: nothing is recorded, and the board has it as it is now.
      if (!paid.ok) return already();
      // Paid on its own, the round leaves its table's bill; parts that paid for it get that back.
      await queueTabBalance(unit, orderId, now);
      return succeed(paid.announced);
    });
    if (!recorded.ok) return recorded;
    return succeed(recorded.value.order);
  } catch (error) {
    if (isUniqueViolation(error)) return already();
    throw error;
  }
}
