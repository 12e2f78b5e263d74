// Sales reports, CSV exports, day-end summaries and the sales-history generator. Imports auth and
// shops; the history generator writes through orders and payments.
export { endOfDayHandlers, scheduleAllClosings } from "./end-of-day.jobs.js";
export { generateHistory } from "./history/generate-history.js";
export { reportsPaths } from "./reports.openapi.js";
export { reportsRoutes } from "./reports.routes.js";
export { dayRollups } from "./rollup-store.js";
