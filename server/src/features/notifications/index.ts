// Web Push to a diner when the order is ready: subscriptions, VAPID keys, the sending job.
// Imports auth and orders.
export { notificationHandlers } from "./notifications.jobs.js";
export { notificationPaths } from "./notifications.openapi.js";
export { pushRoutes } from "./push.routes.js";
export { type PushEndpointPolicy, pushEndpointPolicy, type ResolveHost } from "./push-endpoints.js";
export { loadVapidKeys, type VapidKeys } from "./vapid.js";
