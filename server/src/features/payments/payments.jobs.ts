import type { Order } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import type { MessageTransport } from "../../lib/transports.js";
import type { Logger } from "../../logger.js";
import { enqueueInTransaction } from "../../queue/outbox.js";
import type { JobHandlers } from "../../queue/workers.js";
import type { Publisher } from "../../realtime/publisher.js";
import { findOrders, publicOrder, transitionOrder } from "../orders/index.js";
import { loadCart, restoreSharedCart } from "../table-cart/index.js";
import {
  type Announcement,
  announcementFor,
  failureOutcome,
  isLastAttempt,
  isUnusual,
  judgeNotification,
  paymentOutcome,
} from "./confirmation-rules.js";
import { raisePaymentAlert } from "./payment-alerts.js";
import type { PaymentProvider } from "./provider.js";

export interface PaymentJobDeps {
  db: Db;
  clock: () => number;
  publisher: Publisher;
  providers: Record<string, PaymentProvider>;
  logger: Logger;
  kickOutbox: () => void;
  /** Tells owners about payments that need a person (email; logged unless a provider is plugged in). */
  email: MessageTransport;
}

/**
 * Payment jobs. Each runs in one SQL transaction whose conditional updates ("only if still pending")
 * make a second run, a duplicate notification or a concurrent copy a no-op: BullMQ is at-least-once,
 * the database decides "exactly once".
 */
export function paymentHandlers(
  deps: PaymentJobDeps,
): Pick<JobHandlers, "payment.confirm" | "order.expire" | "payment.refund"> {
  const announce = async (announcement: Announcement) => {
    if (!announcement) return;
    const { orderId } = announcement;
    if (announcement.order) {
      const [order] = await findOrders(deps.db, { by: "id", orderId });
      if (!order) return;
      const view: Order = publicOrder(order);
      if (announcement.order === "created") deps.publisher.orderCreated(view);
      deps.publisher.orderUpdated(view);
    }
    if (announcement.alert) await raisePaymentAlert(deps, { orderId, ...announcement.alert });
  };

  return {
    "payment.confirm": async ({ paymentEventId }) => {
      const announcement = await deps.db.transaction().execute((trx) => confirm(trx, paymentEventId, deps));
      // Most confirmations queue nothing; an outbox pass for each would be a wasted query per payment.
      if (announcement?.queued) deps.kickOutbox();
      await announce(announcement);
    },

    "order.expire": async ({ orderId, shopId }) => {
      const expired = await deps.db.transaction().execute(async (trx) => {
        const order = await trx
          .selectFrom("orders")
          .select(["status", "submittedBy"])
          .where("id", "=", orderId)
          .executeTakeFirst();
        if (order?.status !== "pending_payment") return undefined;
        const now = deps.clock();
        const result = await transitionOrder(trx, { shopId, orderId, to: "expired", staffId: null, now });
        if (!result.ok) return undefined;
        // The table's shared cart went with the order; unpaid, its lines go back to the table.
        return {
          cartTableId: await restoreSharedCart(trx, { orderId, submittedBy: order.submittedBy, now }),
        };
      });
      if (!expired) return;
      await announce({ order: "updated", orderId });
      if (expired.cartTableId) {
        deps.publisher.tableCartUpdated(expired.cartTableId, await loadCart(deps.db, expired.cartTableId));
      }
    },

    "payment.refund": async ({ paymentId }, job) => {
      const payment = await deps.db
        .selectFrom("payments")
        .selectAll()
        .where("id", "=", paymentId)
        .executeTakeFirstOrThrow();
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
      const done = await deps.db.transaction().execute(async (trx) => {
        const now = deps.clock();
        const updated = await trx
          .updateTable("payments")
          .set({ status: "refunded", updatedAt: now })
          .where("id", "=", paymentId)
          .where("status", "=", "refund_pending")
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return false;
        const order = await trx
          .selectFrom("orders")
          .select("status")
          .where("id", "=", payment.orderId)
          .executeTakeFirstOrThrow();
        const to = order.status as Order["status"];
        await transitionOrder(trx, {
          shopId: payment.shopId,
          orderId: payment.orderId,
          to,
          staffId: null,
          now,
          paymentStatus: "refunded",
        });
        return true;
      });
      if (done) await announce({ order: "updated", orderId: payment.orderId });
    },
  };
}

/**
 * The notification, the payment it names and what its order owes, in one statement: this runs once per
 * payment, and on PostgreSQL each statement is a round trip.
 */
function readNotification(trx: Db, paymentEventId: string) {
  return trx
    .selectFrom("paymentEvents as e")
    .leftJoin("payments as p", (join) =>
      join.onRef("p.provider", "=", "e.provider").onRef("p.providerRef", "=", "e.providerRef"),
    )
    .leftJoin("orders as o", (join) =>
      join.onRef("o.id", "=", "p.orderId").onRef("o.shopId", "=", "p.shopId"),
    )
    .select([
      "e.type",
      "e.amount",
      "e.currency",
      "e.outcome",
      "p.id as paymentId",
      "p.shopId",
      "p.orderId",
      "p.status as paymentStatus",
      "p.amount as paymentAmount",
      "p.currency as paymentCurrency",
      "o.total",
      "o.tip",
      "o.status as orderStatus",
    ])
    .where("e.id", "=", paymentEventId)
    .executeTakeFirstOrThrow();
}

/** Decisions in confirmation-rules.ts; this reads, writes what they decide, and records the outcome. */
async function confirm(trx: Db, paymentEventId: string, deps: PaymentJobDeps): Promise<Announcement> {
  const judgement = judgeNotification(await readNotification(trx, paymentEventId));
  if (judgement.kind === "already_settled") return undefined;
  const settle = async (outcome: string, announcement?: Announcement) => {
    await trx.updateTable("paymentEvents").set({ outcome }).where("id", "=", paymentEventId).execute();
    if (isUnusual(outcome)) deps.logger.warn({ paymentEventId, outcome }, "payment notification not applied");
    return announcement;
  };
  if (judgement.kind === "unknown_payment") return settle("unknown_payment");
  const { payment } = judgement;
  if (judgement.kind === "amount_mismatch") {
    return settle("amount_mismatch", announcementFor("amount_mismatch", payment.orderId, judgement.reported));
  }
  const now = deps.clock();

  if (judgement.kind === "failure") {
    const failed = await trx
      .updateTable("payments")
      .set({ status: "failed", updatedAt: now })
      .where("id", "=", payment.id)
      .where("status", "=", "pending")
      .executeTakeFirst();
    return settle(failureOutcome(Number(failed.numUpdatedRows) === 1, payment.status));
  }

  // A success may follow a stale "failed" (out-of-order delivery), so both count as not yet paid.
  const paid = await trx
    .updateTable("payments")
    .set({ status: "paid", paidAt: now, updatedAt: now })
    .where("id", "=", payment.id)
    .where("status", "in", ["pending", "failed"])
    .executeTakeFirst();
  const applied = Number(paid.numUpdatedRows) === 1;
  const base = { shopId: payment.shopId, orderId: payment.orderId, staffId: null, now };
  const placed =
    applied &&
    (await transitionOrder(trx, { ...base, from: judgement.from, to: "placed", paymentStatus: "paid" })).ok;
  const outcome = paymentOutcome({ applied, placed });
  if (outcome === "refunded_late") await refundLate(trx, { ...base, paymentId: payment.id });
  return settle(outcome, announcementFor(outcome, payment.orderId));
}

/** The order expired or was cancelled before the money came: keep the record and give the money back. */
async function refundLate(
  trx: Db,
  late: { paymentId: string; shopId: string; orderId: string; staffId: null; now: number },
): Promise<void> {
  const { paymentId, ...base } = late;
  await trx.updateTable("payments").set({ status: "refund_pending" }).where("id", "=", paymentId).execute();
  const order = await trx
    .selectFrom("orders")
    .select("status")
    .where("id", "=", base.orderId)
    .executeTakeFirstOrThrow();
  await transitionOrder(trx, {
    ...base,
    to: order.status as Order["status"],
    paymentStatus: "refund_pending",
  });
  await enqueueInTransaction(trx, { name: "payment.refund", payload: { paymentId }, now: base.now });
}
