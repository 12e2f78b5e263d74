import { type RateOrderRequest, ratingRoutes } from "@tabletap/shared";
import { bearer, call } from "../../lib/api";

export const getOrderRatings = (id: string, orderToken: string, signal?: AbortSignal) =>
  call(ratingRoutes.listOrderRatings, { params: { id }, headers: bearer(orderToken), signal });

export const rateOrder = (id: string, orderToken: string, body: RateOrderRequest) =>
  call(ratingRoutes.rateOrder, { params: { id }, headers: bearer(orderToken), body });
