import {
  apiErrorSchema,
  type CancelReasonCode,
  type ErrorCode,
  type LoginRequest,
  type MarkPaidRequest,
  type MerchantTable,
  merchantTableListSchema,
  type Order,
  type OrderList,
  orderListSchema,
  orderSchema,
  type StaffSession,
  type StaffSettableStatus,
  staffSessionSchema,
} from "@tabletap/shared";

/** Why a call failed: the server's error code, or a reason of our own when no usable answer came back. */
export interface RequestFailure {
  status: number;
  code: ErrorCode | "network" | "bad_response";
  message: string;
}

/** Expected failures (wrong password, 409, offline) are values; screens decide what to show. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: RequestFailure };

export interface Schema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false };
}

// Any 401 outside /api/auth means the session cookie ended (expired, logged out elsewhere).
let sessionExpiredListener: (() => void) | null = null;

export function onSessionExpired(listener: () => void): () => void {
  sessionExpiredListener = listener;
  return () => {
    if (sessionExpiredListener === listener) sessionExpiredListener = null;
  };
}

const failure = (status: number, code: RequestFailure["code"], message: string) =>
  ({ ok: false, error: { status, code, message } }) as const;

export type Method = "GET" | "POST" | "PATCH" | "DELETE";

export async function send(
  path: string,
  method: Method,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<ApiResult<Response>> {
  const headers: Record<string, string> = { Accept: "application/json", ...extraHeaders };
  const hasBody = method === "POST" || method === "PATCH";
  if (hasBody) headers["Content-Type"] = "application/json";
  try {
    const response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: hasBody ? JSON.stringify(body ?? {}) : undefined,
    });
    if (response.ok) return { ok: true, data: response };
    if (response.status === 401 && !path.startsWith("/api/auth/")) sessionExpiredListener?.();
    return { ok: false, error: await readError(response) };
  } catch {
    return failure(0, "network", "Can't reach the server. Check the connection and try again.");
  }
}

async function readError(response: Response): Promise<RequestFailure> {
  const parsed = apiErrorSchema.safeParse(await response.json().catch(() => null));
  if (parsed.success) return { status: response.status, ...parsed.data.error };
  return {
    status: response.status,
    code: "bad_response",
    message: `The server answered ${response.status}.`,
  };
}

export async function request<T>(
  path: string,
  schema: Schema<T>,
  options: { method?: Method; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResult<T>> {
  const sent = await send(path, options.method ?? "GET", options.body, options.headers);
  if (!sent.ok) return sent;
  const parsed = schema.safeParse(await sent.data.json().catch(() => null));
  if (!parsed.success)
    return failure(sent.data.status, "bad_response", "The server sent an unexpected answer.");
  return { ok: true, data: parsed.data };
}

// The status and paid endpoints answer `{order}`; the shared package has the order schema but no envelope for it.
export const orderEnvelope: Schema<Order> = {
  safeParse(input) {
    const order =
      typeof input === "object" && input !== null ? (input as { order?: unknown }).order : undefined;
    return orderSchema.safeParse(order);
  },
};

const tableList: Schema<MerchantTable[]> = {
  safeParse(input) {
    const parsed = merchantTableListSchema.safeParse(input);
    return parsed.success ? { success: true, data: parsed.data.tables } : { success: false };
  },
};

/** For calls answered with 204 No Content. */
export async function sendOnly(path: string, method: Method, body?: unknown): Promise<ApiResult<null>> {
  const sent = await send(path, method, body);
  return sent.ok ? { ok: true, data: null } : sent;
}

/** What a cancellation may say besides the status. */
export interface StatusDetails {
  /** Staff's own words, shown to the diner as typed. */
  reason?: string;
  /** A preset reason, shown to the diner in their language. */
  reasonCode?: CancelReasonCode;
  /** Staff handed a counter payment back to the guest. */
  refundedAtCounter?: boolean;
}

export const api = {
  login: (body: LoginRequest): Promise<ApiResult<StaffSession>> =>
    request("/api/auth/login", staffSessionSchema, { method: "POST", body }),

  logout: async (): Promise<ApiResult<null>> => {
    const sent = await send("/api/auth/logout", "POST");
    return sent.ok ? { ok: true, data: null } : sent;
  },

  session: (): Promise<ApiResult<StaffSession>> => request("/api/auth/session", staffSessionSchema),

  /** Without `sinceSeq`: the whole board. With it: only orders whose latest change is newer. */
  orders: (sinceSeq?: number): Promise<ApiResult<OrderList>> =>
    request(
      sinceSeq === undefined ? "/api/merchant/orders" : `/api/merchant/orders?sinceSeq=${sinceSeq}`,
      orderListSchema,
    ),

  /** `details` only with "cancelled": the reason the diner sees, and counter money handed back. */
  setOrderStatus: (
    orderId: string,
    status: StaffSettableStatus,
    details: StatusDetails = {},
  ): Promise<ApiResult<Order>> =>
    request(`/api/merchant/orders/${encodeURIComponent(orderId)}/status`, orderEnvelope, {
      method: "POST",
      body: {
        status,
        ...(details.reasonCode ? { reasonCode: details.reasonCode } : {}),
        ...(details.reason ? { reason: details.reason } : {}),
        ...(details.refundedAtCounter ? { refundedAtCounter: true } : {}),
      },
    }),

  /** The diner paid a counter order at the till (with a tip, kept apart from sales); 409 if already settled. */
  markPaid: (orderId: string, tender: MarkPaidRequest["tender"], tip?: number): Promise<ApiResult<Order>> =>
    request(`/api/merchant/orders/${encodeURIComponent(orderId)}/paid`, orderEnvelope, {
      method: "POST",
      body: (tip ? { tender, tip } : { tender }) satisfies MarkPaidRequest,
    }),

  tables: (): Promise<ApiResult<MerchantTable[]>> => request("/api/merchant/tables", tableList),
};

export const tableQrUrl = (tableId: string, format: "svg" | "png"): string =>
  `/api/merchant/tables/${encodeURIComponent(tableId)}/qr.${format}`;
