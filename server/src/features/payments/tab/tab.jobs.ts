import type { Db } from "../../../db/database.js";
import type { RunUnit, UnitOfWork } from "../../../db/unit-of-work.js";
import type { Logger } from "../../../logger.js";
import type { JobHandlers } from "../../../queue/workers.js";
import type { OrderEventDeps } from "../../orders/index.js";
import type { PaymentProvider } from "../provider.js";
import { admitPayment, announceBill, balanceTab, lapsePart, tabOfPart, tabRefOf } from "./part-outcomes.js";
import { lockLedger } from "./tab-ledger.repository.js";
import { findPart, findPartByCheckout, markRefunded, movePart } from "./tab-parts.repository.js";

export interface TabJobDeps extends OrderEventDeps {
  db: Db;
  clock: () => number;
  runUnit: RunUnit;
  providers: Record<string, PaymentProvider>;
  logger: Logger;
}

/**
 * The table bill's jobs. Like the order's payment jobs, each is one unit of work whose conditional updates
 * make a second run a no-op: BullMQ may run a job twice, the database keeps it to once.
 */
export function tabPartHandlers(
  deps: TabJobDeps,
): Pick<JobHandlers, "tab-part.expire" | "tab-part.refund" | "tab.balance"> {
  return {
    "tab-part.expire": async ({ partId }) => {
      await deps.runUnit(async (unit) => {
        const part = await findPart(unit.trx, partId);
        if (part?.status !== "open") return;
        const tab = tabOfPart(part);
        await lockLedger(unit.trx, tab);
        const current = await findPart(unit.trx, partId);
        if (current && (await lapsePart(unit, current, "expired", deps.clock())))
          await announceBill(unit, deps, tab);
      });
    },

    "tab-part.refund": async ({ partId }) => {
      const part = await findPart(deps.db, partId);
      if (!part) throw new Error(`no tab part ${partId}`);
      const owed = Number(part.refundDue);
      if (Number(part.refunded) >= owed) return;
      if (part.provider !== "counter") {
        const provider = deps.providers[part.provider];
        if (!provider || !part.providerRef)
          throw new Error(`tab part ${partId} cannot be refunded by ${part.provider}`);
        // Asks for what is still owed; a crash before it is recorded repeats the call for the same amount.
        await provider.refund(part.providerRef, owed - Number(part.refunded));
      } else {
        deps.logger.info(
          { partId, amount: owed - Number(part.refunded) },
          "counter part to hand back at the till",
        );
      }
      await deps.runUnit(async (unit) => {
        const now = deps.clock();
        if (!(await markRefunded(unit.trx, partId, owed, now))) return;
        if (owed >= Number(part.amount) + Number(part.tip)) {
          await movePart(unit.trx, { partId, from: ["refund_pending"], to: "refunded", now });
        }
        await announceBill(unit, deps, tabOfPart(part));
      });
    },

    "tab.balance": async (tab) => {
      await deps.runUnit(async (unit) => {
        const ref = await tabRefOf(unit, tab);
        await balanceTab(unit, deps, ref, deps.clock());
        await announceBill(unit, deps, ref);
      });
    },
  };
}

/**
 * A verified provider notification that names no order payment may name a part of a table's bill. Returns
 * the outcome to record, or undefined when no part has that checkout either.
 */
export async function confirmTabPart(
  unit: UnitOfWork,
  deps: OrderEventDeps & { clock: () => number },
  event: { provider: string; providerRef: string; type: string; amount: number; currency: string },
): Promise<string | undefined> {
  const found = await findPartByCheckout(unit.trx, event.provider, event.providerRef);
  if (!found) return undefined;
  const tab = tabOfPart(found);
  await lockLedger(unit.trx, tab);
  const part = await findPart(unit.trx, found.id);
  if (!part) throw new Error(`tab part ${found.id} vanished`);
  const now = deps.clock();
  if (event.type === "payment.failed") {
    const lapsed = await lapsePart(unit, part, "failed", now);
    if (lapsed) await announceBill(unit, deps, tab);
    return lapsed ? "failed" : `ignored_${part.status}`;
  }
  if (Number(event.amount) !== Number(part.amount) + Number(part.tip) || event.currency !== part.currency) {
    return "amount_mismatch";
  }
  const outcome = await admitPayment(unit, part, now);
  if (outcome !== "duplicate") {
    await balanceTab(unit, deps, tab, now);
    await announceBill(unit, deps, tab);
  }
  return outcome;
}
