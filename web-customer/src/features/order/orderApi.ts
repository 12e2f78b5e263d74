import { type Order, orderRoutes } from "@tabletap/shared";
import { bearer, call } from "../../lib/api";

// With the order page rather than in lib/api.ts, so the menu's entry bundle never carries it.

/** The diner's order, by the token that placed it. */
export const getOrder = async (id: string, orderToken: string, signal?: AbortSignal): Promise<Order> =>
  (await call(orderRoutes.getOrder, { params: { id }, headers: bearer(orderToken), signal })).order;
