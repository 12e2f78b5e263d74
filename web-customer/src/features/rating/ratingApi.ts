import type { OrderRatings, RateOrderRequest } from "@tabletap/shared";
import { request } from "../../lib/api";

const path = (orderId: string) => `/api/orders/${encodeURIComponent(orderId)}/ratings`;

export const getOrderRatings = (orderId: string, orderToken: string, signal?: AbortSignal) =>
  request<OrderRatings>(path(orderId), { headers: { Authorization: `Bearer ${orderToken}` }, signal });

export const rateOrder = (orderId: string, orderToken: string, body: RateOrderRequest) =>
  request<OrderRatings>(path(orderId), {
    method: "POST",
    headers: { Authorization: `Bearer ${orderToken}` },
    body,
  });
