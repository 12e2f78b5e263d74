import type { Order } from "@tabletap/shared";
import type { Job } from "bullmq";
import type { Db } from "../../db/database.js";
import type { MessageTransport } from "../../lib/transports.js";
import type { Logger } from "../../logger.js";
import { enqueueInTransaction } from "../../queue/outbox.js";
import type { JobHandlers } from "../../queue/workers.js";
import type { Publisher } from "../../realtime/publisher.js";
import { findOrders, publicOrder, transitionOrder } from "../orders/index.js";
import { loadCart, restoreSharedCart } from "../table-cart/index.js";
import { type AlertCause, raisePaymentAlert } from "./payment-alerts.js";
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

/** What to tell after the commit: the order's new state to boards and diners, and/or people about a problem. */
type Announcement =
  | {
      orderId: string;
      order?: "created" | "updated";
      alert?: Omit<AlertCause, "orderId">;
      /** A job was written to the outbox in the same transaction. */
      queued?: boolean;
    }
  | undefined;

/** BullMQ will not try again after this run (attemptsMade counts the runs that failed before it). */
const isLastAttempt = (job: Job) => job.attemptsMade + 1 >= (job.opts.attempts ?? 1);

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
        if (isLastAttempt(job)) {
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

async function confirm(trx: Db, paymentEventId: string, deps: PaymentJobDeps): Promise<Announcement> {
  const event = await readNotification(trx, paymentEventId);
  if (event.outcome !== null) return undefined;
  const settle = async (outcome: string, announcement?: Announcement) => {
    await trx.updateTable("paymentEvents").set({ outcome }).where("id", "=", paymentEventId).execute();
    if (outcome !== "paid" && outcome !== "failed")
      deps.logger.warn({ paymentEventId, outcome }, "payment notification not applied");
    return announcement;
  };
  const { paymentId, shopId, orderId, paymentStatus, total, tip, orderStatus } = event;
  if (paymentId === null || shopId === null || orderId === null) return settle("unknown_payment");
  const payment = { id: paymentId, shopId, orderId, status: paymentStatus };
  const now = deps.clock();

  if (event.type === "payment.failed") {
    // Never downgrades: only a payment still waiting can fail.
    const failed = await trx
      .updateTable("payments")
      .set({ status: "failed", updatedAt: now })
      .where("id", "=", payment.id)
      .where("status", "=", "pending")
      .executeTakeFirst();
    return settle(Number(failed.numUpdatedRows) === 1 ? "failed" : `ignored_${payment.status}`);
  }

  // What the diner owes is the order's total plus the tip chosen at checkout (both fixed once checkout opened).
  if (total === null || tip === null) throw new Error(`payment ${paymentId} has no order ${orderId}`);
  const expected = total + tip;
  if (
    event.amount !== expected ||
    event.amount !== event.paymentAmount ||
    event.currency !== event.paymentCurrency
  ) {
    const reported = { amount: event.amount, currency: event.currency };
    return settle("amount_mismatch", {
      orderId: payment.orderId,
      alert: { reason: "amount_mismatch", reported },
    });
  }
  // A success may follow a stale "failed" (out-of-order delivery), so both count as not yet paid.
  const paid = await trx
    .updateTable("payments")
    .set({ status: "paid", paidAt: now, updatedAt: now })
    .where("id", "=", payment.id)
    .where("status", "in", ["pending", "failed"])
    .executeTakeFirst();
  if (Number(paid.numUpdatedRows) !== 1) return settle("duplicate");

  const base = { shopId: payment.shopId, orderId: payment.orderId, staffId: null, now };
  const from = orderStatus as Order["status"];
  const placed = await transitionOrder(trx, { ...base, from, to: "placed", paymentStatus: "paid" });
  if (placed.ok) return settle("paid", { order: "created", orderId: payment.orderId });

  // The order expired or was cancelled before the money came: keep the record and give the money back.
  await trx.updateTable("payments").set({ status: "refund_pending" }).where("id", "=", payment.id).execute();
  const order = await trx
    .selectFrom("orders")
    .select("status")
    .where("id", "=", payment.orderId)
    .executeTakeFirstOrThrow();
  await transitionOrder(trx, {
    ...base,
    to: order.status as Order["status"],
    paymentStatus: "refund_pending",
  });
  await enqueueInTransaction(trx, { name: "payment.refund", payload: { paymentId: payment.id }, now });
  return settle("refunded_late", {
    orderId: payment.orderId,
    order: "updated",
    alert: { reason: "late_payment_refunded" },
    queued: true,
  });
}
