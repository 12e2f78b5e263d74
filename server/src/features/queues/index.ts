// The operators' queue dashboard. Imports no feature.
export { type QueueViewer, queueDashboard } from "./queue-dashboard.js";
