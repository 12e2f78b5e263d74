import { type BoardSettings, menuRoutes, orderRoutes, type StaffOrderRequest } from "@tabletap/shared";
import { call, pick } from "../../lib/api";

/** The board's own calls beyond the order feed: settings, approval, history, and orders taken by staff. */
export const boardApi = {
  settings: () => call(orderRoutes.getBoardSettings, {}),
  saveSettings: (body: BoardSettings) => call(orderRoutes.updateBoardSettings, { body }),
  approve: async (id: string) =>
    pick(await call(orderRoutes.approveOrder, { params: { id } }), (answer) => answer.order),
  history: async (id: string) =>
    pick(await call(orderRoutes.getOrderHistory, { params: { id } }), (answer) => answer.history),
  /** The menu exactly as the table's diners see it (sold-out flags included), by the table's QR token. */
  tableMenu: (token: string) => call(menuRoutes.getTableMenu, { params: { token } }),
  createOrder: async (body: StaffOrderRequest, idempotencyKey: string) =>
    pick(
      await call(orderRoutes.placeStaffOrder, { headers: { "Idempotency-Key": idempotencyKey }, body }),
      (answer) => answer.order,
    ),
};
