import type { Route, TypesOf } from "../http/route.js";
import type { couponSchemas } from "./contract.js";

// Promotion codes: managers' list and rules, and a diner's preview of a code on a cart.
// Each route is its own export, so a page bundles only the routes it calls.
type R<Id extends keyof typeof couponSchemas, Body = TypesOf<(typeof couponSchemas)[Id]>["body"]> = Route<
  Id,
  TypesOf<(typeof couponSchemas)[Id], Body>
>;

export const listCoupons: R<"listCoupons"> = {
  operationId: "listCoupons",
  method: "GET",
  path: "/api/merchant/coupons",
  status: 200,
};
export const createCoupon: R<"createCoupon"> = {
  operationId: "createCoupon",
  method: "POST",
  path: "/api/merchant/coupons",
  status: 201,
};
export const updateCoupon: R<"updateCoupon"> = {
  operationId: "updateCoupon",
  method: "PATCH",
  path: "/api/merchant/coupons/{id}",
  status: 200,
};
export const previewCoupon: R<"previewCoupon"> = {
  operationId: "previewCoupon",
  method: "POST",
  path: "/api/coupons/preview",
  status: 200,
};
