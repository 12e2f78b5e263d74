import type { Route, TypesOf } from "../http/route.js";
import type { notificationSchemas } from "./contract.js";

// Web Push for "order ready".
// Each route is its own export, so a page bundles only the routes it calls.
type R<
  Id extends keyof typeof notificationSchemas,
  Body = TypesOf<(typeof notificationSchemas)[Id]>["body"],
> = Route<Id, TypesOf<(typeof notificationSchemas)[Id], Body>>;

export const getVapidPublicKey: R<"getVapidPublicKey"> = {
  operationId: "getVapidPublicKey",
  method: "GET",
  path: "/api/push/vapid-public-key",
  status: 200,
};
export const subscribeToPush: R<"subscribeToPush"> = {
  operationId: "subscribeToPush",
  method: "POST",
  path: "/api/orders/{id}/push-subscriptions",
  status: 201,
};
