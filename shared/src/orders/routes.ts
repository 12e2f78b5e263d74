import type { Route, TypesOf } from "../http/route.js";
import type { orderSchemas } from "./contract.js";

// Orders: a diner's order and its wait, the staff board's feed, status moves and settings.
// Each route is its own export, so a page bundles only the routes it calls.
type R<Id extends keyof typeof orderSchemas, Body = TypesOf<(typeof orderSchemas)[Id]>["body"]> = Route<
  Id,
  TypesOf<(typeof orderSchemas)[Id], Body>
>;

export const placeOrder: R<"placeOrder"> = {
  operationId: "placeOrder",
  method: "POST",
  path: "/api/orders",
  status: 201,
};
export const getOrder: R<"getOrder"> = {
  operationId: "getOrder",
  method: "GET",
  path: "/api/orders/{id}",
  status: 200,
};
export const getOrderWait: R<"getOrderWait"> = {
  operationId: "getOrderWait",
  method: "GET",
  path: "/api/orders/{id}/wait",
  status: 200,
};
export const listOrders: R<"listOrders"> = {
  operationId: "listOrders",
  method: "GET",
  path: "/api/merchant/orders",
  status: 200,
};
export const placeStaffOrder: R<"placeStaffOrder"> = {
  operationId: "placeStaffOrder",
  method: "POST",
  path: "/api/merchant/orders",
  status: 201,
};
export const setOrderStatus: R<"setOrderStatus"> = {
  operationId: "setOrderStatus",
  method: "POST",
  path: "/api/merchant/orders/{id}/status",
  status: 200,
};
export const approveOrder: R<"approveOrder"> = {
  operationId: "approveOrder",
  method: "POST",
  path: "/api/merchant/orders/{id}/approve",
  status: 200,
};
export const getOrderHistory: R<"getOrderHistory"> = {
  operationId: "getOrderHistory",
  method: "GET",
  path: "/api/merchant/orders/{id}/history",
  status: 200,
};
export const getBoardSettings: R<"getBoardSettings"> = {
  operationId: "getBoardSettings",
  method: "GET",
  path: "/api/merchant/board/settings",
  status: 200,
};
export const updateBoardSettings: R<"updateBoardSettings"> = {
  operationId: "updateBoardSettings",
  method: "PATCH",
  path: "/api/merchant/board/settings",
  status: 200,
};
