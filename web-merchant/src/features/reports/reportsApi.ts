import { type DayRange, type ReportSettings, reportRoutes, type SalesBreakdown } from "@tabletap/shared";
import { call, pick } from "../../lib/api";

/** Managers' and owners' calls for the sales report. */
export const reportsApi = {
  sales: (query: DayRange) => call(reportRoutes.getSalesReport, { query }),
  summaries: async (query: DayRange) =>
    pick(await call(reportRoutes.listDailySummaries, { query }), (answer) => answer.summaries),
  settings: () => call(reportRoutes.getReportSettings, {}),
  saveSettings: (body: ReportSettings) => call(reportRoutes.updateReportSettings, { body }),
  /** A plain link: the browser downloads the file with the session cookie. */
  csvUrl: (range: DayRange, breakdown: SalesBreakdown | "orders") =>
    `/api/merchant/reports/sales.csv?from=${encodeURIComponent(range.from)}&to=${encodeURIComponent(range.to)}&breakdown=${breakdown}`,
};
