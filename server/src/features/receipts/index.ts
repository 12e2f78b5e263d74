// A diner's receipt, by email or as text, opened with the order token. Imports only auth.
export { receiptEmailHandlers } from "./receipt-email.js";
export { receiptPaths } from "./receipts.openapi.js";
export { receiptRoutes } from "./receipts.routes.js";
