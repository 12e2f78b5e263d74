import {
  dailySummaryListSchema,
  reportSettingsSchema,
  salesCsvQuerySchema,
  salesRangeQuerySchema,
  salesReportSchema,
} from "@tabletap/shared";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { error, json, ok, requires } from "../../http/openapi-parts.js";

const managers = { ...requires("reports.read"), description: "Always the caller's shop." };
const badRange = error("Not a calendar day, from after to, or more than 366 days");

export const reportsPaths: ZodOpenApiPathsObject = {
  "/api/merchant/reports/sales": {
    get: {
      ...managers,
      operationId: "getSalesReport",
      summary: "Sales over a range of shop days, compared with the same number of days before it",
      requestParams: { query: salesRangeQuerySchema },
      responses: { "200": ok("The report", salesReportSchema), "400": badRange },
    },
  },
  "/api/merchant/reports/sales.csv": {
    get: {
      ...managers,
      operationId: "exportSalesCsv",
      summary: "One breakdown of the report, or every order of the range, as CSV (formula-safe)",
      requestParams: { query: salesCsvQuerySchema },
      responses: { "200": { description: "CSV file", content: { "text/csv": {} } }, "400": badRange },
    },
  },
  "/api/merchant/reports/daily-summaries": {
    get: {
      ...managers,
      operationId: "listDailySummaries",
      summary: "The end-of-day summaries stored for a range (as the day stood at closing time)",
      requestParams: { query: salesRangeQuerySchema },
      responses: { "200": ok("Summaries, newest first", dailySummaryListSchema), "400": badRange },
    },
  },
  "/api/merchant/reports/settings": {
    get: {
      ...managers,
      operationId: "getReportSettings",
      summary: "The shop's closing time, when the day's summary is stored",
      responses: { "200": ok("Settings", reportSettingsSchema) },
    },
    patch: {
      ...requires("reports.settings"),
      operationId: "updateReportSettings",
      summary: "Change the closing time; the end-of-day job follows",
      requestBody: json(reportSettingsSchema),
      responses: { "200": ok("Saved", reportSettingsSchema), "400": error("Not HH:MM") },
    },
  },
};
