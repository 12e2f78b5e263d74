import type { Route, TypesOf } from "../http/route.js";
import type { reportSchemas } from "./contract.js";

// Sales reports and their end-of-day settings (the CSV export is a plain download link).
// Each route is its own export, so a page bundles only the routes it calls.
type R<Id extends keyof typeof reportSchemas, Body = TypesOf<(typeof reportSchemas)[Id]>["body"]> = Route<
  Id,
  TypesOf<(typeof reportSchemas)[Id], Body>
>;

export const getSalesReport: R<"getSalesReport"> = {
  operationId: "getSalesReport",
  method: "GET",
  path: "/api/merchant/reports/sales",
  status: 200,
};
export const listDailySummaries: R<"listDailySummaries"> = {
  operationId: "listDailySummaries",
  method: "GET",
  path: "/api/merchant/reports/daily-summaries",
  status: 200,
};
export const getReportSettings: R<"getReportSettings"> = {
  operationId: "getReportSettings",
  method: "GET",
  path: "/api/merchant/reports/settings",
  status: 200,
};
export const updateReportSettings: R<"updateReportSettings"> = {
  operationId: "updateReportSettings",
  method: "PATCH",
  path: "/api/merchant/reports/settings",
  status: 200,
};
