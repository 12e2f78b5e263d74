// A table's phones call staff (water, the bill…); boards alert, acknowledge and escalate. Imports auth and
// tables.
export { serviceRequestHandlers } from "./escalate.jobs.js";
export { serviceRequestPaths } from "./service-requests.openapi.js";
export { dinerServiceRoutes, merchantServiceRoutes } from "./service-requests.routes.js";
