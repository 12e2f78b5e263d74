import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database.js";
import type { Logger } from "../../logger.js";
import { enqueueInTransaction } from "../../queue/outbox.js";
import type { Queues } from "../../queue/queues.js";
import type { JobHandlers } from "../../queue/workers.js";
import { reconciledEvent } from "./confirmation-rules.js";
import type { PaymentProvider } from "./provider.js";

export const RECONCILE_EVERY_MS = 60_000;

/** Registers the repeatable reconciliation job; upserting the same scheduler id is idempotent across nodes. */
export async function scheduleReconciliation(queues: Queues): Promise<void> {
  await queues.payments.upsertJobScheduler(
    "payment.reconcile",
    { every: RECONCILE_EVERY_MS },
    { name: "payment.reconcile", data: {} },
  );
}

/**
 * For payments still pending after `reconcileAfterMs`, asks the provider and feeds its answer through the
 * same idempotent path as a notification: a stored event (one per payment and outcome) plus a confirm job.
 * So a lost webhook still ends as a paid order, and a late real webhook after that is a duplicate.
 */
export function reconcileHandler(deps: {
  db: Db;
  clock: () => number;
  providers: Record<string, PaymentProvider>;
  reconcileAfterMs: number;
  logger: Logger;
  kickOutbox: () => void;
}): Pick<JobHandlers, "payment.reconcile"> {
  return {
    "payment.reconcile": async () => {
      const now = deps.clock();
      const stale = await deps.db
        .selectFrom("payments")
        .selectAll()
        .where("status", "=", "pending")
        .where("providerRef", "is not", null)
        .where("createdAt", "<", now - deps.reconcileAfterMs)
        .limit(200)
        .execute();
      let queued = 0;
      for (const payment of stale) {
        const provider = deps.providers[payment.provider];
        if (!provider || !payment.providerRef) continue;
        const answer = await provider.fetchStatus(payment.providerRef).catch((error: unknown) => {
          deps.logger.warn(
            { err: error, paymentId: payment.id },
            "reconciliation could not reach the provider",
          );
          return undefined;
        });
        const event = reconciledEvent(payment.id, answer);
        if (!answer || !event) continue;
        const stored = await deps.db.transaction().execute(async (trx) => {
          const id = randomUUID();
          const inserted = await trx
            .insertInto("paymentEvents")
            .values({
              id,
              provider: provider.name,
              eventId: event.eventId,
              providerRef: payment.providerRef ?? "",
              type: event.type,
              amount: answer.amount,
              currency: answer.currency,
              outcome: null,
              receivedAt: now,
            })
            .onConflict((oc) => oc.columns(["provider", "eventId"]).doNothing())
            .executeTakeFirst();
          if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
          await enqueueInTransaction(trx, { name: "payment.confirm", payload: { paymentEventId: id }, now });
          return true;
        });
        if (stored) queued++;
      }
      if (queued > 0) {
        deps.logger.info({ queued }, "reconciliation found payments the providers had settled");
        deps.kickOutbox();
      }
    },
  };
}
