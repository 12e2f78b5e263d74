import {
  dailySummaryListSchema,
  reportSettingsSchema,
  salesCsvQuerySchema,
  salesRangeQuerySchema,
} from "@tabletap/shared";
import { Router } from "express";
import type { Db } from "../../db/database.js";
import type { RunUnit } from "../../db/unit-of-work.js";
import { sendFailure } from "../../http/error-status.js";
import { HttpError, parseOr400 } from "../../http/errors.js";
import { currentStaff, requirePermission } from "../auth/index.js";
import { setClosingTime } from "../shops/index.js";
import { csvWriter, currencyDigits } from "./csv.js";
import { breakdownTable } from "./csv-exports.js";
import { listDailySummaries } from "./daily-summaries.repository.js";
import { summaryView } from "./end-of-day.jobs.js";
import { writeOrdersCsv } from "./orders-export.js";
import { findReportShop } from "./report-shops.repository.js";
import { salesReport } from "./sales-report.js";

/** Sales reports for managers and owners, always scoped to the signed-in person's shop. */
export function reportsRoutes(deps: { db: Db; clock: () => number; runUnit: RunUnit }): Router {
  const router = Router();
  const read = requirePermission("reports.read");

  router.get("/reports/sales", read, async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const range = parseOr400(salesRangeQuerySchema, { ...req.query }, "report range");
    const report = await salesReport(deps.db, { shopId, ...range, now: deps.clock() });
    if (!report.ok) return sendFailure(res, report);
    res.set("Cache-Control", "no-store").json(report.value);
  });

  router.get("/reports/sales.csv", read, async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const { from, to, breakdown } = parseOr400(salesCsvQuerySchema, { ...req.query }, "export");
    const shop = await findReportShop(deps.db, shopId);
    if (!shop) throw new HttpError(404, "not_found", "Shop not found");
    res.set({
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${shop.slug}-${breakdown}-${from}-to-${to}.csv"`,
      "Cache-Control": "no-store",
    });
    const digits = currencyDigits(shop.currency);
    if (breakdown === "orders") {
      const options = { currency: shop.currency, timeZone: shop.timezone, digits, out: res };
      await writeOrdersCsv(deps.db, { shopId, from, to }, options);
      return;
    }
    const report = await salesReport(deps.db, { shopId, from, to, now: deps.clock() });
    if (!report.ok) return sendFailure(res, report);
    const table = breakdownTable(report.value, breakdown);
    const csv = csvWriter(table.columns, digits);
    csv.pipe(res);
    for (const row of table.rows) csv.write(row);
    csv.end();
  });

  router.get("/reports/daily-summaries", read, async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const { from, to } = parseOr400(salesRangeQuerySchema, { ...req.query }, "summary range");
    const rows = await listDailySummaries(deps.db, shopId, { from, to });
    res
      .set("Cache-Control", "no-store")
      .json(dailySummaryListSchema.parse({ summaries: rows.map(summaryView) }));
  });

  router.get("/reports/settings", read, async (_req, res) => {
    const { shopId } = currentStaff(res.locals);
    const shop = await findReportShop(deps.db, shopId);
    if (!shop) throw new HttpError(404, "not_found", "Shop not found");
    res.set("Cache-Control", "no-store").json({ closingTime: shop.closingTime });
  });

  router.patch("/reports/settings", requirePermission("reports.settings"), async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const { closingTime } = parseOr400(reportSettingsSchema, req.body, "report settings");
    // The scheduler moves through the outbox, so a Redis outage delays the change but never loses it.
    await deps.runUnit(async (unit) => {
      await setClosingTime(unit.trx, shopId, closingTime);
      await unit.enqueue({ name: "report.schedule", payload: { shopId }, now: deps.clock() });
    });
    res.json({ closingTime });
  });

  return router;
}
