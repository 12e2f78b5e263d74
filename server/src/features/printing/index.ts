// Kitchen tickets on network receipt printers: printers per station, one ticket per station and order,
// printed exactly once through the outbox (REPRINT when that cannot be known). Imports auth and stations.
export { printHandlers } from "./print.jobs.js";
export { printingPaths } from "./printing.openapi.js";
export { printingRoutes } from "./printing.routes.js";
export { queueKitchenTickets } from "./queue-tickets.js";
