import type { Route, TypesOf } from "../http/route.js";
import type { shopSchemas } from "./contract.js";

// The owner's shop settings: payment mode and provider, time zone, currency.
// Each route is its own export, so a page bundles only the routes it calls.
type R<Id extends keyof typeof shopSchemas, Body = TypesOf<(typeof shopSchemas)[Id]>["body"]> = Route<
  Id,
  TypesOf<(typeof shopSchemas)[Id], Body>
>;

export const getShopSettings: R<"getShopSettings"> = {
  operationId: "getShopSettings",
  method: "GET",
  path: "/api/merchant/shop/settings",
  status: 200,
};
export const updateShopSettings: R<"updateShopSettings"> = {
  operationId: "updateShopSettings",
  method: "PATCH",
  path: "/api/merchant/shop/settings",
  status: 200,
};
