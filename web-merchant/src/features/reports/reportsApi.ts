import {
  type DailySummary,
  type DayRange,
  dailySummaryListSchema,
  type ReportSettings,
  reportSettingsSchema,
  type SalesBreakdown,
  type SalesReport,
  salesReportSchema,
} from "@tabletap/shared";
import { type ApiResult, request, type Schema } from "../../lib/api";

const query = (range: DayRange) =>
  `from=${encodeURIComponent(range.from)}&to=${encodeURIComponent(range.to)}`;

const summaries: Schema<DailySummary[]> = {
  safeParse(input) {
    const parsed = dailySummaryListSchema.safeParse(input);
    return parsed.success ? { success: true, data: parsed.data.summaries } : { success: false };
  },
};

/** Managers' and owners' calls for the sales report. */
export const reportsApi = {
  sales: (range: DayRange): Promise<ApiResult<SalesReport>> =>
    request(`/api/merchant/reports/sales?${query(range)}`, salesReportSchema),
  summaries: (range: DayRange): Promise<ApiResult<DailySummary[]>> =>
    request(`/api/merchant/reports/daily-summaries?${query(range)}`, summaries),
  settings: (): Promise<ApiResult<ReportSettings>> =>
    request("/api/merchant/reports/settings", reportSettingsSchema),
  saveSettings: (body: ReportSettings): Promise<ApiResult<ReportSettings>> =>
    request("/api/merchant/reports/settings", reportSettingsSchema, { method: "PATCH", body }),
  /** A plain link: the browser downloads the file with the session cookie. */
  csvUrl: (range: DayRange, breakdown: SalesBreakdown | "orders") =>
    `/api/merchant/reports/sales.csv?${query(range)}&breakdown=${breakdown}`,
};
