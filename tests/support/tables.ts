import type { MerchantTable, MerchantTableList } from "@tabletap/shared";
import type { TestServer } from "./test-server.js";

export interface CallResult<T = unknown> {
  status: number;
  body: T;
}

/** Any merchant call as the console makes it: JSON body, session cookie. */
export async function call<T = unknown>(
  server: TestServer,
  method: string,
  path: string,
  options: { cookie?: string; body?: unknown } = {},
): Promise<CallResult<T>> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(options.body !== undefined ? { "Content-Type": "application/json" } : {}),
      ...(options.cookie ? { Cookie: options.cookie } : {}),
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  const json = text && response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text;
  return { status: response.status, body: json as T };
}

export const listTables = async (server: TestServer, cookie: string) =>
  (await call<MerchantTableList>(server, "GET", "/api/merchant/tables", { cookie })).body;

export type TableResult = CallResult<{ table: MerchantTable; error?: { code: string; message: string } }>;

export const openTable = (server: TestServer, cookie: string, tableId: string): Promise<TableResult> =>
  call(server, "POST", `/api/merchant/tables/${tableId}/sitting`, { cookie });

export const closeTable = (server: TestServer, cookie: string, tableId: string): Promise<TableResult> =>
  call(server, "DELETE", `/api/merchant/tables/${tableId}/sitting`, { cookie });

export const setSittingsEnabled = (server: TestServer, cookie: string, sittingsEnabled: boolean) =>
  call(server, "PATCH", "/api/merchant/tables/settings", { cookie, body: { sittingsEnabled } });
