// Kitchen stations (grill, bar…) and which dishes go to each. Imports auth and shops.
export { stationPaths } from "./stations.openapi.js";
export { findStation, stationsForItems } from "./stations.repository.js";
export { stationRoutes } from "./stations.routes.js";
