import { contract } from "../http/contract.js";
import * as reportRoutes from "./routes.js";
import {
  dailySummaryListSchema,
  reportSettingsSchema,
  salesRangeQuerySchema,
  salesReportSchema,
} from "./schemas.js";

export const reportSchemas = {
  getSalesReport: { query: salesRangeQuerySchema, response: salesReportSchema },
  listDailySummaries: { query: salesRangeQuerySchema, response: dailySummaryListSchema },
  getReportSettings: { response: reportSettingsSchema },
  updateReportSettings: { body: reportSettingsSchema, response: reportSettingsSchema },
};

export const reportContract = /* @__PURE__ */ contract(reportRoutes, reportSchemas);
