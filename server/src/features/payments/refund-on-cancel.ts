import { can, formatMoney } from "@tabletap/shared";
import type { UnitOfWork } from "../../db/unit-of-work.js";
import { fail, type Result, succeed } from "../../lib/result.js";
import type { CancelRefund, CancelRefundRequest } from "../orders/index.js";
import { findPaymentOfOrder, movePayment } from "./payments.repository.js";
import { queueTabBalance } from "./tab/part-outcomes.js";

/**
 * What cancelling an order does to its money, inside the cancel's unit of work. Every staff path that gives
 * money back comes through here, so the same permission decides it. A provider's payment is refunded by a
 * job; money taken at the counter can only be handed back there, so staff confirm it and it ends refunded.
 */
export async function refundOnCancel(
  unit: UnitOfWork,
  request: CancelRefundRequest,
): Promise<Result<CancelRefund>> {
  const payment = await findPaymentOfOrder(unit.trx, request.orderId);
  const atCounter = payment?.provider === "counter";
  if (payment?.status !== "paid") {
    if (request.refundedAtCounter) return nothingToHandBack();
    // An unpaid round of a tab being paid in parts: what the parts paid beyond the smaller bill goes back.
    if (!payment) await queueTabBalance(unit, request.orderId, request.now);
    return succeed({});
  }
  if (!can(request.role, "payments.refund")) {
    return fail(
      "refund_not_allowed",
      "This order is paid, so cancelling it refunds the money: a manager or the owner must cancel it",
    );
  }
  if (atCounter !== request.refundedAtCounter) {
    if (!atCounter) return nothingToHandBack();
    const amount = formatMoney(payment.amount, payment.currency, "en");
    return fail(
      "counter_refund_unconfirmed",
      `This order was paid at the counter: hand ${amount} back to the guest, then confirm the cancellation (refundedAtCounter)`,
      { amount: payment.amount, currency: payment.currency },
    );
  }
  const status = atCounter ? "refunded" : "refund_pending";
  await movePayment(unit.trx, { paymentId: payment.id, from: ["paid"], to: status, now: request.now });
  if (!atCounter) {
    await unit.enqueue({ name: "payment.refund", payload: { paymentId: payment.id }, now: request.now });
  }
  return succeed({ paymentStatus: status });
}

const nothingToHandBack = () => fail("no_counter_refund", "This order has no counter payment to hand back");
