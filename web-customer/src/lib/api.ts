import type {
  CheckoutResponse,
  CreateOrderRequest,
  CreateOrderResponse,
  ErrorCode,
  Order,
  TableMenu,
} from "@tabletap/shared";
import { SAVED_COPY_HEADER } from "../features/offline/savedCopy";
import { errorText } from "./errorText";
import { isRecord } from "./storage";

export type ApiFailureCode = ErrorCode | "network";

/**
 * The one error the UI catches. `message` is the diner's words for `code` in the UI language (see
 * errorText), ready to show; the server's English sentence stays in `serverMessage` for debugging.
 */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: ApiFailureCode;
  readonly details: unknown;
  readonly serverMessage: string | undefined;

  constructor(status: number, code: ApiFailureCode, serverMessage?: string, details?: unknown) {
    super(errorText({ code, details }));
    this.name = "ApiRequestError";
    this.status = status;
    this.code = code;
    this.details = details;
    this.serverMessage = serverMessage;
  }
}

interface RequestOptions {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Sees the answer's headers before its body is read. */
  onResponse?: (response: Response) => void;
}

// Ordering must not hang forever on a café's flaky Wi-Fi; a retry is safe thanks to the idempotency key.
const ORDER_TIMEOUT_MS = 20_000;

/** One JSON call to the API; a feature's own calls (e.g. push sign-up) live next to it and use this. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json", ...options.headers };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    // The caller gave up (component unmounted): let it see the abort. A timeout is just a bad network.
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiRequestError(0, "network");
  }
  options.onResponse?.(response);
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok && body !== undefined) return body as T;
  throw toApiError(response.status, body);
}

function toApiError(status: number, body: unknown): ApiRequestError {
  const error = isRecord(body) ? body.error : undefined;
  if (isRecord(error) && typeof error.code === "string" && typeof error.message === "string") {
    return new ApiRequestError(status, error.code as ErrorCode, error.message, error.details);
  }
  // A proxy's HTML error page or an empty body: say something useful instead of a parse error.
  const code: ErrorCode =
    status === 404
      ? "not_found"
      : status === 429
        ? "rate_limited"
        : status === 503
          ? "server_busy"
          : status >= 500
            ? "internal"
            : "bad_request";
  return new ApiRequestError(status, code);
}

export interface LoadedMenu {
  menu: TableMenu;
  /** Set when the network did not answer and the service worker gave its saved copy (its `Date`, maybe empty). */
  savedCopy: string | null;
}

export async function getTableMenu(tableToken: string, signal?: AbortSignal): Promise<LoadedMenu> {
  let savedCopy: string | null = null;
  const menu = await request<TableMenu>(`/api/tables/${encodeURIComponent(tableToken)}`, {
    signal,
    onResponse: (response) => {
      savedCopy = response.headers.get(SAVED_COPY_HEADER);
    },
  });
  return { menu, savedCopy };
}

/** Never sends prices: the server prices every line from its own menu. */
export function createOrder(body: CreateOrderRequest, idempotencyKey: string): Promise<CreateOrderResponse> {
  const signal =
    typeof AbortSignal.timeout === "function" ? AbortSignal.timeout(ORDER_TIMEOUT_MS) : undefined;
  return request<CreateOrderResponse>("/api/orders", {
    method: "POST",
    headers: { "Idempotency-Key": idempotencyKey },
    body,
    signal,
  });
}

export async function getOrder(orderId: string, orderToken: string, signal?: AbortSignal): Promise<Order> {
  const body = await request<Order | { order: Order }>(`/api/orders/${encodeURIComponent(orderId)}`, {
    headers: { Authorization: `Bearer ${orderToken}` },
    signal,
  });
  // The server answers `{order}` (like POST's `{order, orderToken}`); a bare Order is accepted as well.
  return "order" in body ? body.order : body;
}

/**
 * Opens the payment provider's checkout for a pay-first order, charging its total plus `tip`. Asking again
 * for the same order returns the same checkout, so a diner who backed out of the provider's page can simply
 * try again.
 */
export function startCheckout(orderId: string, orderToken: string, tip?: number): Promise<CheckoutResponse> {
  // Without a tip, no body: the server keeps the tip chosen when the checkout first opened.
  return request<CheckoutResponse>(`/api/orders/${encodeURIComponent(orderId)}/checkout`, {
    method: "POST",
    headers: { Authorization: `Bearer ${orderToken}` },
    ...(tip === undefined ? {} : { body: { tip } }),
  });
}
