// Liveness and readiness of the API. Imports no feature.
export { healthRoutes } from "./health.routes.js";
