import {
  authRoutes,
  type CallFailure,
  type CallInput,
  type CallResult,
  type CancelReasonCode,
  createClient,
  type LoginRequest,
  type MarkPaidRequest,
  orderRoutes,
  paymentRoutes,
  type Route,
  type StaffSettableStatus,
  tableRoutes,
} from "@tabletap/shared";
import { responseValidators } from "@tabletap/shared/responses";

/** Why a call failed: the server's error code, or a reason of our own when no usable answer came back. */
export type RequestFailure = CallFailure;

/** Expected failures (wrong password, 409, offline) are values; screens decide what to show. */
export type ApiResult<T> = CallResult<T>;

// Any 401 outside /api/auth means the session cookie ended (expired, logged out elsewhere).
let sessionExpiredListener: (() => void) | null = null;

export function onSessionExpired(listener: () => void): () => void {
  sessionExpiredListener = listener;
  return () => {
    if (sessionExpiredListener === listener) sessionExpiredListener = null;
  };
}

const client = createClient({ validators: () => responseValidators });

/** Every API call of the console: the shared client, answers checked against the contract's schemas. */
export async function call<R extends Route>(route: R, input: CallInput<R>) {
  const result = await client(route, input);
  if (!result.ok && result.error.status === 401 && !route.path.startsWith("/api/auth/")) {
    sessionExpiredListener?.();
  }
  return result;
}

/** The part of an answer a screen wants, e.g. the order out of `{order}`. */
export const pick = <T, U>(result: ApiResult<T>, part: (data: T) => U): ApiResult<U> =>
  result.ok ? { ok: true, data: part(result.data) } : result;

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
  login: (body: LoginRequest) => call(authRoutes.logIn, { body }),
  logout: () => call(authRoutes.logOut, {}),
  session: () => call(authRoutes.getSession, {}),

  /** Without `sinceSeq`: the whole board. With it: only orders whose latest change is newer. */
  orders: (sinceSeq?: number) => call(orderRoutes.listOrders, { query: { sinceSeq } }),

  /** `details` only with "cancelled": the reason the diner sees, and counter money handed back. */
  setOrderStatus: async (id: string, status: StaffSettableStatus, details: StatusDetails = {}) =>
    pick(
      await call(orderRoutes.setOrderStatus, {
        params: { id },
        body: {
          status,
          ...(details.reasonCode ? { reasonCode: details.reasonCode } : {}),
          ...(details.reason ? { reason: details.reason } : {}),
          ...(details.refundedAtCounter ? { refundedAtCounter: true } : {}),
        },
      }),
      (answer) => answer.order,
    ),

  /** The diner paid a counter order at the till (with a tip, kept apart from sales); 409 if already settled. */
  markPaid: async (id: string, tender: MarkPaidRequest["tender"], tip?: number) =>
    pick(
      await call(paymentRoutes.markOrderPaid, { params: { id }, body: tip ? { tender, tip } : { tender } }),
      (answer) => answer.order,
    ),

  tables: async () => pick(await call(tableRoutes.listTables, {}), (answer) => answer.tables),
};

export const tableQrUrl = (tableId: string, format: "svg" | "png"): string =>
  `/api/merchant/tables/${encodeURIComponent(tableId)}/qr.${format}`;
