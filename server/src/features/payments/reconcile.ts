import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database.js";
import type { RunUnit } from "../../db/unit-of-work.js";
import type { Logger } from "../../logger.js";
import type { Queues } from "../../queue/queues.js";
import type { JobHandlers } from "../../queue/workers.js";
import { reconciledEvent } from "./confirmation-rules.js";
import { storePaymentEvent } from "./payment-events.repository.js";
import { findStalePendingPayments } from "./payments.repository.js";
import type { PaymentProvider } from "./provider.js";
import { findUnsettledParts } from "./tab/tab-parts.repository.js";

export const RECONCILE_EVERY_MS = 60_000;

/** Registers the repeatable reconciliation job; upserting the same scheduler id is idempotent across nodes. */
export async function scheduleReconciliation(queues: Queues): Promise<void> {
  await queues.payments.upsertJobScheduler(
    "payment.reconcile",
    { every: RECONCILE_EVERY_MS },
    { name: "payment.reconcile", data: {} },
  );
}

interface ReconcileDeps {
  db: Db;
  clock: () => number;
  providers: Record<string, PaymentProvider>;
  reconcileAfterMs: number;
  logger: Logger;
  runUnit: RunUnit;
}

/**
 * For payments still pending after `reconcileAfterMs`, asks the provider and feeds its answer through the
 * same idempotent path as a notification: a stored event (one per payment and outcome) plus a confirm job.
 * So a lost webhook still ends as a paid order, and a late real webhook after that is a duplicate.
 */
export function reconcileHandler(deps: ReconcileDeps): Pick<JobHandlers, "payment.reconcile"> {
  return {
    "payment.reconcile": async () => {
      const now = deps.clock();
      const stale = await findStalePendingPayments(deps.db, now - deps.reconcileAfterMs, 200);
      // Parts of table bills too, for two hours: one that lapsed may still have been paid at the provider.
      const parts = await findUnsettledParts(deps.db, {
        before: now - deps.reconcileAfterMs,
        since: now - PARTS_RECONCILED_FOR_MS,
        limit: 200,
      });
      let queued = 0;
      for (const payment of [...stale, ...parts]) {
        if (await askProvider(deps, payment, now)) queued++;
      }
      if (queued > 0) deps.logger.info({ queued }, "reconciliation found payments the providers had settled");
    },
  };
}

/** How long after it opened a part of a table's bill is still checked with its provider. */
const PARTS_RECONCILED_FOR_MS = 2 * 60 * 60 * 1000;

/** Asks the provider about one checkout and stores its answer with a confirm job; true if it queued one. */
async function askProvider(
  deps: ReconcileDeps,
  payment: { id: string; provider: string; providerRef: string | null },
  now: number,
): Promise<boolean> {
  const provider = deps.providers[payment.provider];
  if (!provider || !payment.providerRef) return false;
  const providerRef = payment.providerRef;
  const answer = await provider.fetchStatus(providerRef).catch((error: unknown) => {
    deps.logger.warn({ err: error, paymentId: payment.id }, "reconciliation could not reach the provider");
    return undefined;
  });
  const event = reconciledEvent(payment.id, answer);
  if (!answer || !event) return false;
  // Each answer is its own unit: its event and confirm job commit together, and the dispatcher hears of it.
  return deps.runUnit(async (unit) => {
    const id = randomUUID();
    const row = {
      id,
      provider: provider.name,
      eventId: event.eventId,
      providerRef,
      type: event.type,
      amount: answer.amount,
      currency: answer.currency,
      outcome: null,
      receivedAt: now,
    };
    if (!(await storePaymentEvent(unit.trx, row))) return false;
    await unit.enqueue({ name: "payment.confirm", payload: { paymentEventId: id }, now });
    return true;
  });
}
