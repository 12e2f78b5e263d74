import type { Route, TypesOf } from "../http/route.js";
import type { ratingSchemas } from "./contract.js";

// Ratings: a diner rates the dishes of a completed order; managers read them per dish.
// Each route is its own export, so a page bundles only the routes it calls.
type R<Id extends keyof typeof ratingSchemas, Body = TypesOf<(typeof ratingSchemas)[Id]>["body"]> = Route<
  Id,
  TypesOf<(typeof ratingSchemas)[Id], Body>
>;

export const listOrderRatings: R<"listOrderRatings"> = {
  operationId: "listOrderRatings",
  method: "GET",
  path: "/api/orders/{id}/ratings",
  status: 200,
};
export const rateOrder: R<"rateOrder"> = {
  operationId: "rateOrder",
  method: "POST",
  path: "/api/orders/{id}/ratings",
  status: 201,
};
export const listDishRatings: R<"listDishRatings"> = {
  operationId: "listDishRatings",
  method: "GET",
  path: "/api/merchant/ratings",
  status: 200,
};
