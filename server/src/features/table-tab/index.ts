// A table's tab: the rounds of one sitting, which tab a new order joins, and ending it. Imports shops,
// tables and table-cart.
export { endTab } from "./end-tab.js";
export { tabForNewOrder } from "./join-tab.js";
export { tabPaths } from "./tab.openapi.js";
export { loadTab } from "./tab.repository.js";
export { tabRoutes } from "./tab.routes.js";
