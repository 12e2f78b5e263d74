import type { Route, TypesOf } from "../http/route.js";
import type { paymentSchemas } from "./contract.js";

// Paying: a diner's online checkout and staff's record of a counter payment.
// Each route is its own export, so a page bundles only the routes it calls.
type R<Id extends keyof typeof paymentSchemas, Body = TypesOf<(typeof paymentSchemas)[Id]>["body"]> = Route<
  Id,
  TypesOf<(typeof paymentSchemas)[Id], Body>
>;

export const startCheckout: R<"startCheckout"> = {
  operationId: "startCheckout",
  method: "POST",
  path: "/api/orders/{id}/checkout",
  status: 201,
};
export const markOrderPaid: R<"markOrderPaid"> = {
  operationId: "markOrderPaid",
  method: "POST",
  path: "/api/merchant/orders/{id}/paid",
  status: 200,
};
