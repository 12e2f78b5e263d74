import type { OrderStatus } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import type { RunUnit, UnitOfWork } from "../../db/unit-of-work.js";
import type { MessageTransport } from "../../lib/transports.js";
import type { Logger } from "../../logger.js";
import type { JobHandlers } from "../../queue/workers.js";
import type { Publisher } from "../../realtime/publisher.js";
import { findOrderForPayment, transitionOrder } from "../orders/index.js";
import { loadCart, restoreSharedCart } from "../table-cart/index.js";
import {
  alertFor,
  failureOutcome,
  isLastAttempt,
  isUnusual,
  judgeNotification,
  paymentOutcome,
} from "./confirmation-rules.js";
import { raisePaymentAlert } from "./payment-alerts.js";
import { readNotification, recordEventOutcome } from "./payment-events.repository.js";
import { findPayment, movePayment } from "./payments.repository.js";
import type { PaymentProvider } from "./provider.js";
import { confirmTabPart, tabPartHandlers } from "./tab/tab.jobs.js";

export interface PaymentJobDeps {
  db: Db;
  clock: () => number;
  publisher: Publisher;
  providers: Record<string, PaymentProvider>;
  logger: Logger;
  /** Runs one change and what follows its commit (the order's event, an alert, the outbox kick). */
  runUnit: RunUnit;
  /** Tells owners about payments that need a person (email; logged unless a provider is plugged in). */
  email: MessageTransport;
}

/**
 * Payment jobs. Each runs in one unit of work whose conditional updates ("only if still pending") make a
 * second run, a duplicate notification or a concurrent copy a no-op: BullMQ is at-least-once, the database
 * decides "exactly once". Each change announces itself once it is committed.
 */
export function paymentHandlers(
  deps: PaymentJobDeps,
): Pick<
  JobHandlers,
  | "payment.confirm"
  | "order.expire"
  | "payment.refund"
  | "tab-part.expire"
  | "tab-part.refund"
  | "tab.balance"
> {
  return {
    ...tabPartHandlers(deps),
    "payment.confirm": async ({ paymentEventId }) => {
      await deps.runUnit((unit) => confirm(unit, paymentEventId, deps));
    },

    "order.expire": async ({ orderId, shopId }) => {
      await deps.runUnit(async (unit) => {
        const order = await findOrderForPayment(unit.trx, { orderId });
        if (order?.status !== "pending_payment") return;
        const now = deps.clock();
        const result = await transitionOrder(unit, deps, {
          shopId,
          orderId,
          to: "expired",
          staffId: null,
          now,
        });
        if (!result.ok) return;
        // The table's shared cart went with the order; unpaid, its lines go back to the table.
        const { submittedBy } = order;
        const cartTableId = await restoreSharedCart(unit.trx, { orderId, submittedBy, now });
        if (cartTableId) {
          unit.afterCommit(async () => {
            deps.publisher.tableCartUpdated(cartTableId, await loadCart(deps.db, cartTableId));
          });
        }
      });
    },

    "payment.refund": async ({ paymentId }, job) => {
      const payment = await findPayment(deps.db, paymentId);
      if (!payment) throw new Error(`no payment ${paymentId}`);
      if (payment.status !== "refund_pending") return;
      try {
        const provider = deps.providers[payment.provider];
        if (!provider || !payment.providerRef)
          throw new Error(`payment ${paymentId} cannot be refunded by ${payment.provider}`);
        // Provider refunds are keyed by the payment, so repeating this call after a crash refunds once.
        await provider.refund(payment.providerRef, payment.amount);
      } catch (error) {
        // Nothing retries a refund after its last try, so the money stays with the shop until a person acts.
        if (isLastAttempt(job.attemptsMade, job.opts.attempts)) {
          await raisePaymentAlert(deps, { orderId: payment.orderId, reason: "refund_failed" }).catch(
            (alertError: unknown) =>
              deps.logger.error({ err: alertError, paymentId }, "could not raise the refund_failed alert"),
          );
        }
        throw error;
      }
      await deps.runUnit(async (unit) => {
        const now = deps.clock();
        const refunded = await movePayment(unit.trx, {
          paymentId,
          from: ["refund_pending"],
          to: "refunded",
          now,
        });
        if (!refunded) return;
        await restampPayment(
          unit,
          deps,
          { shopId: payment.shopId, orderId: payment.orderId, now },
          "refunded",
        );
      });
    },
  };
}

/** Records a payment's new state on its order, whatever status the order is in. */
async function restampPayment(
  unit: UnitOfWork,
  deps: PaymentJobDeps,
  base: { shopId: string; orderId: string; now: number },
  paymentStatus: "refunded" | "refund_pending",
): Promise<void> {
  const order = await findOrderForPayment(unit.trx, { orderId: base.orderId });
  if (!order) throw new Error(`order ${base.orderId} vanished`);
  const to = order.status as OrderStatus;
  await transitionOrder(unit, deps, { ...base, to, staffId: null, paymentStatus });
}

/** Decisions in confirmation-rules.ts; this reads, writes what they decide, and records the outcome. */
async function confirm(unit: UnitOfWork, paymentEventId: string, deps: PaymentJobDeps): Promise<void> {
  const { trx } = unit;
  const notification = await readNotification(trx, paymentEventId);
  const judgement = judgeNotification(notification);
  if (judgement.kind === "already_settled") return;
  const settle = async (
    outcome: string,
    orderId?: string,
    reported?: { amount: number; currency: string },
  ) => {
    await recordEventOutcome(trx, paymentEventId, outcome);
    if (isUnusual(outcome)) deps.logger.warn({ paymentEventId, outcome }, "payment notification not applied");
    const alert = orderId === undefined ? undefined : alertFor(outcome, reported);
    // After the commit, so what it announces is already true.
    if (orderId !== undefined && alert)
      unit.afterCommit(() => raisePaymentAlert(deps, { orderId, ...alert }));
  };
  if (judgement.kind === "unknown_payment") {
    // Not an order's payment: perhaps a part of a table's bill, settled by the same exactly-once job.
    const partOutcome = await confirmTabPart(unit, deps, notification);
    return settle(partOutcome ?? "unknown_payment");
  }
  const { payment } = judgement;
  if (judgement.kind === "amount_mismatch") {
    return settle("amount_mismatch", payment.orderId, judgement.reported);
  }
  const now = deps.clock();

  if (judgement.kind === "failure") {
    const failed = await movePayment(trx, { paymentId: payment.id, from: ["pending"], to: "failed", now });
    return settle(failureOutcome(failed, payment.status));
  }

  // A success may follow a stale "failed" (out-of-order delivery), so both count as not yet paid.
  const applied = await movePayment(trx, {
    paymentId: payment.id,
    from: ["pending", "failed"],
    to: "paid",
    now,
    paidAt: now,
  });
  const base = { shopId: payment.shopId, orderId: payment.orderId, now };
  // Placing it registers the order's announcement: new to boards now that it is paid.
  const placed =
    applied &&
    (
      await transitionOrder(unit, deps, {
        ...base,
        staffId: null,
        from: judgement.from,
        to: "placed",
        paymentStatus: "paid",
      })
    ).ok;
  const outcome = paymentOutcome({ applied, placed });
  if (outcome === "refunded_late") await refundLate(unit, deps, { ...base, paymentId: payment.id });
  return settle(outcome, payment.orderId);
}

/** The order expired or was cancelled before the money came: keep the record and give the money back. */
async function refundLate(
  unit: UnitOfWork,
  deps: PaymentJobDeps,
  late: { paymentId: string; shopId: string; orderId: string; now: number },
): Promise<void> {
  const { paymentId, ...base } = late;
  await movePayment(unit.trx, { paymentId, from: ["paid"], to: "refund_pending", now: base.now });
  await restampPayment(unit, deps, base, "refund_pending");
  await unit.enqueue({ name: "payment.refund", payload: { paymentId }, now: base.now });
}
