import {
  type CallFailure,
  type CallInput,
  type CallResult,
  menuRoutes,
  orderRoutes,
  paymentRoutes,
  type Route,
  type RouteTypes,
  type TableMenu,
} from "@tabletap/shared";
import { SAVED_COPY_HEADER } from "../features/offline/savedCopy";
import { errorText } from "./errorText";

export type ApiFailureCode = CallFailure["code"];

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

// The shared client and the response schemas it checks answers with (zod among them) load with the
// first call, never with the first screen.
const load = () => import("./apiClient");

/**
 * One call to the API through the shared client, its answer checked against the route's schema; a
 * refusal throws ApiRequestError. A feature's own calls (e.g. push sign-up) live next to it and use this.
 */
export async function call<R extends Route<string, RouteTypes>>(
  route: R,
  input: CallInput<R>,
): Promise<NonNullable<R["types"]>["response"]> {
  let result: CallResult<NonNullable<R["types"]>["response"]>;
  try {
    result = await (await load()).send(route, input);
  } catch (error) {
    // The caller gave up (it unmounted): let it see the abort. A client that failed to load: no network.
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiRequestError(0, "network");
  }
  if (result.ok) return result.data;
  const { status, code, message, details } = result.error;
  throw new ApiRequestError(status, code, message, details);
}

/** The order token as the diner routes take it. */
export const bearer = (orderToken: string) => ({ Authorization: `Bearer ${orderToken}` });

// Ordering must not hang forever on a café's flaky Wi-Fi; a retry is safe thanks to the idempotency key.
const ORDER_TIMEOUT_MS = 20_000;

export interface LoadedMenu {
  menu: TableMenu;
  /** Set when the network did not answer and the service worker gave its saved copy (its `Date`, maybe empty). */
  savedCopy: string | null;
}

export async function getTableMenu(token: string, signal?: AbortSignal): Promise<LoadedMenu> {
  let savedCopy: string | null = null;
  const menu = await call(menuRoutes.getTableMenu, {
    params: { token },
    signal,
    onResponse: (response) => {
      savedCopy = response.headers.get(SAVED_COPY_HEADER);
    },
  });
  return { menu, savedCopy };
}

/** Never sends prices: the server prices every line from its own menu. */
export const createOrder = (body: CallInput<typeof orderRoutes.placeOrder>["body"], idempotencyKey: string) =>
  call(orderRoutes.placeOrder, {
    headers: { "Idempotency-Key": idempotencyKey },
    body,
    signal: typeof AbortSignal.timeout === "function" ? AbortSignal.timeout(ORDER_TIMEOUT_MS) : undefined,
  });

/**
 * Opens the payment provider's checkout for a pay-first order, charging its total plus `tip`. Asking again
 * for the same order returns the same checkout, so a diner who backed out of the provider's page can simply
 * try again. Without a tip, no body: the server keeps the tip chosen when the checkout first opened.
 */
export const startCheckout = (id: string, orderToken: string, tip?: number) =>
  call(paymentRoutes.startCheckout, {
    params: { id },
    headers: bearer(orderToken),
    body: tip === undefined ? undefined : { tip },
  });
