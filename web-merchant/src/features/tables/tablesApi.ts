import {
  type MerchantTable,
  type MerchantTableList,
  merchantTableEnvelopeSchema,
  merchantTableListSchema,
  type TableSettings,
  type TableUpdateRequest,
  tableSettingsSchema,
} from "@tabletap/shared";
import { type ApiResult, type Method, request, type Schema } from "../../lib/api";

const tablePath = (id: string, rest = "") => `/api/merchant/tables/${encodeURIComponent(id)}${rest}`;

// Table changes answer `{table}`; screens want the table itself.
const tableEnvelope: Schema<MerchantTable> = {
  safeParse(input) {
    const parsed = merchantTableEnvelopeSchema.safeParse(input);
    return parsed.success ? { success: true, data: parsed.data.table } : { success: false };
  },
};

const change = (path: string, method: Method, body?: unknown): Promise<ApiResult<MerchantTable>> =>
  request(path, tableEnvelope, { method, ...(body === undefined ? {} : { body }) });

/** The tables page's calls: every role reads and seats; owners and managers manage codes. */
export const tablesApi = {
  list: (): Promise<ApiResult<MerchantTableList>> => request("/api/merchant/tables", merchantTableListSchema),
  add: (label: string) => change("/api/merchant/tables", "POST", { label }),
  update: (id: string, body: TableUpdateRequest) => change(tablePath(id), "PATCH", body),
  replaceCode: (id: string) => change(tablePath(id, "/token"), "POST"),
  open: (id: string) => change(tablePath(id, "/sitting"), "POST"),
  close: (id: string) => change(tablePath(id, "/sitting"), "DELETE"),
  saveSettings: (settings: TableSettings): Promise<ApiResult<TableSettings>> =>
    request("/api/merchant/tables/settings", tableSettingsSchema, { method: "PATCH", body: settings }),
};
