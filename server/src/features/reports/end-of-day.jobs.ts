import { randomUUID } from "node:crypto";
import { type DailySummary, formatMoney } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import type { RunUnit } from "../../db/unit-of-work.js";
import type { MessageTransport } from "../../lib/transports.js";
import type { Logger } from "../../logger.js";
import type { Queues } from "../../queue/queues.js";
import type { JobHandlers } from "../../queue/workers.js";
import type { Publisher } from "../../realtime/publisher.js";
import { closingPattern, dayClosedAt, dueTimeOf } from "./closing-day.js";
import { findDaySummary, insertDailySummary } from "./daily-summaries.repository.js";
import { allShopIds, findReportShop, ownerEmails } from "./report-shops.repository.js";
import { dayRollups } from "./rollup-store.js";
import { salesTotals } from "./sales-totals.repository.js";

export interface EndOfDayDeps {
  db: Db;
  queues: Queues;
  clock: () => number;
  publisher: Publisher;
  email: MessageTransport;
  logger: Logger;
  runUnit: RunUnit;
}

const schedulerId = (shopId: string) => `report.close-day:${shopId}`;

/** Creates or moves a shop's end-of-day scheduler; upserting the same id is idempotent across nodes. */
export async function scheduleClosing(
  deps: Pick<EndOfDayDeps, "db" | "queues">,
  shopId: string,
): Promise<void> {
  const shop = await findReportShop(deps.db, shopId);
  if (!shop) return;
  await deps.queues.reports.upsertJobScheduler(
    schedulerId(shopId),
    { pattern: closingPattern(shop.closingTime), tz: shop.timezone },
    { name: "report.close-day", data: { shopId } },
  );
}

/** Every shop's scheduler, when workers start (a shop created since then is picked up at the next start). */
export async function scheduleAllClosings(deps: Pick<EndOfDayDeps, "db" | "queues">): Promise<void> {
  for (const shopId of await allShopIds(deps.db)) await scheduleClosing(deps, shopId);
}

export const summaryView = (row: {
  businessDay: string;
  gross: number;
  discounts: number;
  refunds: number;
  net: number;
  tips: number;
  orders: number;
  averageTicket: number;
  cancellations: number;
  closedAt: number;
}): DailySummary => ({
  day: row.businessDay,
  totals: {
    gross: Number(row.gross),
    discounts: Number(row.discounts),
    refunds: Number(row.refunds),
    net: Number(row.net),
    tips: Number(row.tips),
    orders: Number(row.orders),
    averageTicket: Number(row.averageTicket),
    cancellations: Number(row.cancellations),
  },
  closedAt: new Date(Number(row.closedAt)).toISOString(),
});

/**
 * The end-of-day jobs. Closing a day writes its summary under unique(shop, day) together with the
 * notification's outbox row, so a second run (a retry, a duplicate, a second node) finds the day
 * closed and changes nothing, and the owners hear of it once.
 */
export function endOfDayHandlers(
  deps: EndOfDayDeps,
): Pick<JobHandlers, "report.close-day" | "report.day-closed" | "report.schedule"> {
  return {
    "report.close-day": async ({ shopId, day }, job) => {
      const shop = await findReportShop(deps.db, shopId);
      if (!shop) return;
      const businessDay = day ?? dayClosedAt(dueTimeOf(job.id) ?? deps.clock(), shop.timezone);
      const totals = await salesTotals(deps.db, { shopId, from: businessDay, to: businessDay });
      // Leaves the day's rollup warm, so the next morning's report reads it instead of the orders.
      await dayRollups(deps.db, { shopId, timeZone: shop.timezone }, { from: businessDay, to: businessDay });
      const now = deps.clock();
      const stored = await deps.runUnit(async (unit) => {
        const summary = {
          id: randomUUID(),
          shopId,
          businessDay,
          currency: shop.currency,
          ...totals,
          closedAt: now,
        };
        if (!(await insertDailySummary(unit.trx, summary))) return false;
        await unit.enqueue({ name: "report.day-closed", payload: { shopId, day: businessDay }, now });
        return true;
      });
      if (!stored) deps.logger.info({ shopId, businessDay }, "day already closed; summary left as it was");
    },

    "report.day-closed": async ({ shopId, day }) => {
      const row = await findDaySummary(deps.db, shopId, day);
      if (!row) return;
      const summary = summaryView(row);
      deps.publisher.dayClosed(shopId, summary);
      const money = (amount: number) => formatMoney(amount, row.currency, row.locale);
      const t = summary.totals;
      for (const owner of await ownerEmails(deps.db, shopId)) {
        await deps.email.send({
          to: owner,
          subject: `${row.name}: sales for ${day}`,
          text:
            `Net sales ${money(t.net)} from ${t.orders} orders (average ${money(t.averageTicket)}). ` +
            `Gross ${money(t.gross)}, discounts ${money(t.discounts)}, refunds ${money(t.refunds)}, ` +
            `tips ${money(t.tips)}, ${t.cancellations} cancelled.`,
        });
      }
    },

    "report.schedule": async ({ shopId }) => scheduleClosing(deps, shopId),
  };
}
