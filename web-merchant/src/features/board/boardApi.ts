import {
  type BoardSettings,
  boardSettingsSchema,
  type Order,
  type OrderHistoryEntry,
  orderHistorySchema,
  type StaffOrderRequest,
  type TableMenu,
  tableMenuSchema,
} from "@tabletap/shared";
import { type ApiResult, orderEnvelope, request, type Schema } from "../../lib/api";

const historyList: Schema<OrderHistoryEntry[]> = {
  safeParse(input) {
    const parsed = orderHistorySchema.safeParse(input);
    return parsed.success ? { success: true, data: parsed.data.history } : { success: false };
  },
};

const orderPath = (id: string, rest: string) => `/api/merchant/orders/${encodeURIComponent(id)}${rest}`;

/** The board's own calls beyond the order feed: settings, approval, history, and orders taken by staff. */
export const boardApi = {
  settings: (): Promise<ApiResult<BoardSettings>> =>
    request("/api/merchant/board/settings", boardSettingsSchema),
  saveSettings: (settings: BoardSettings): Promise<ApiResult<BoardSettings>> =>
    request("/api/merchant/board/settings", boardSettingsSchema, { method: "PATCH", body: settings }),
  approve: (orderId: string): Promise<ApiResult<Order>> =>
    request(orderPath(orderId, "/approve"), orderEnvelope, { method: "POST" }),
  history: (orderId: string): Promise<ApiResult<OrderHistoryEntry[]>> =>
    request(orderPath(orderId, "/history"), historyList),
  /** The menu exactly as the table's diners see it (sold-out flags included), by the table's QR token. */
  tableMenu: (token: string): Promise<ApiResult<TableMenu>> =>
    request(`/api/tables/${encodeURIComponent(token)}`, tableMenuSchema),
  createOrder: async (body: StaffOrderRequest, idempotencyKey: string): Promise<ApiResult<Order>> =>
    request("/api/merchant/orders", orderEnvelope, {
      method: "POST",
      body,
      headers: { "Idempotency-Key": idempotencyKey },
    }),
};
