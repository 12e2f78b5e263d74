import { can, formatMoney } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { fail, type Result, succeed } from "../../lib/result.js";
import { enqueueInTransaction } from "../../queue/outbox.js";
import type { CancelRefund, CancelRefundRequest } from "../orders/index.js";

/**
 * What cancelling an order does to its money, inside the cancel's transaction. Every staff path that gives
 * money back comes through here, so the same permission decides it. A provider's payment is refunded by a
 * job; money taken at the counter can only be handed back there, so staff confirm it and it ends refunded.
 */
export async function refundOnCancel(trx: Db, request: CancelRefundRequest): Promise<Result<CancelRefund>> {
  const payment = await trx
    .selectFrom("payments")
    .select(["id", "status", "provider", "amount", "currency"])
    .where("orderId", "=", request.orderId)
    .executeTakeFirst();
  const atCounter = payment?.provider === "counter";
  if (payment?.status !== "paid") {
    if (request.refundedAtCounter) return nothingToHandBack();
    return succeed({ jobQueued: false });
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
  await trx
    .updateTable("payments")
    .set({ status, updatedAt: request.now })
    .where("id", "=", payment.id)
    .where("status", "=", "paid")
    .execute();
  if (atCounter) return succeed({ paymentStatus: status, jobQueued: false });
  await enqueueInTransaction(trx, {
    name: "payment.refund",
    payload: { paymentId: payment.id },
    now: request.now,
  });
  return succeed({ paymentStatus: status, jobQueued: true });
}

const nothingToHandBack = () => fail("no_counter_refund", "This order has no counter payment to hand back");
