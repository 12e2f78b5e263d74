import { reportContract, salesCsvQuerySchema } from "@tabletap/shared";
import { documented, error, paths, requires } from "../../http/openapi-parts.js";

const managers = { ...requires("reports.read"), description: "Always the caller's shop." };
const badRange = error("Not a calendar day, from after to, or more than 366 days");

export const reportsPaths = paths(
  documented(reportContract.getSalesReport, {
    ...managers,
    summary: "Sales over a range of shop days, compared with the same number of days before it",
    success: "The report",
    responses: { "400": badRange },
  }),
  {
    // A file download rather than JSON, so not part of the clients' contract.
    "/api/merchant/reports/sales.csv": {
      get: {
        ...managers,
        operationId: "exportSalesCsv",
        summary: "One breakdown of the report, or every order of the range, as CSV (formula-safe)",
        requestParams: { query: salesCsvQuerySchema },
        responses: { "200": { description: "CSV file", content: { "text/csv": {} } }, "400": badRange },
      },
    },
  },
  documented(reportContract.listDailySummaries, {
    ...managers,
    summary: "The end-of-day summaries stored for a range (as the day stood at closing time)",
    success: "Summaries, newest first",
    responses: { "400": badRange },
  }),
  documented(reportContract.getReportSettings, {
    ...managers,
    summary: "The shop's closing time, when the day's summary is stored",
    success: "Settings",
  }),
  documented(reportContract.updateReportSettings, {
    ...requires("reports.settings"),
    summary: "Change the closing time; the end-of-day job follows",
    success: "Saved",
    responses: { "400": error("Not HH:MM") },
  }),
);
