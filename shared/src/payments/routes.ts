import type { Route, TypesOf } from "../http/route.js";
import type { paymentSchemas } from "./contract.js";

// Paying: a diner's online checkout, staff's record of a counter payment, and a table's bill paid in parts.
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
export const getTabBill: R<"getTabBill"> = {
  operationId: "getTabBill",
  method: "GET",
  path: "/api/tables/{token}/tab/bill",
  status: 200,
};
export const openTabPart: R<"openTabPart"> = {
  operationId: "openTabPart",
  method: "POST",
  path: "/api/tables/{token}/tab/parts",
  status: 201,
};
export const cancelTabPart: R<"cancelTabPart"> = {
  operationId: "cancelTabPart",
  method: "POST",
  path: "/api/tables/{token}/tab/parts/{id}/cancel",
  status: 200,
};
export const getTableBill: R<"getTableBill"> = {
  operationId: "getTableBill",
  method: "GET",
  path: "/api/merchant/tables/{id}/tab/bill",
  status: 200,
};
export const takeCounterTabPart: R<"takeCounterTabPart"> = {
  operationId: "takeCounterTabPart",
  method: "POST",
  path: "/api/merchant/tables/{id}/tab/parts",
  status: 201,
};
export const closeTabByHand: R<"closeTabByHand"> = {
  operationId: "closeTabByHand",
  method: "POST",
  path: "/api/merchant/tables/{id}/tab/close",
  status: 200,
};
export const listTabBills: R<"listTabBills"> = {
  operationId: "listTabBills",
  method: "GET",
  path: "/api/merchant/tabs",
  status: 200,
};
