// Taking and returning money: checkout, providers (sandbox, Stripe, Alipay), webhooks, jobs, reconciliation.
// A table's bill paid in parts from several phones (tab/). Imports auth, shops, staff, tables, table-cart
// and orders (it implements orders' refund-on-cancel contract).
export { insertPastPayments } from "./past-payments.repository.js";
export { paymentHandlers } from "./payments.jobs.js";
export { paymentPaths } from "./payments.openapi.js";
export { dinerPaymentRoutes, merchantPaymentRoutes } from "./payments.routes.js";
export type { PaymentProvider } from "./provider.js";
export { reconcileHandler, scheduleReconciliation } from "./reconcile.js";
export { refundOnCancel } from "./refund-on-cancel.js";
export { createProviders } from "./registry.js";
export { sandboxHandlers } from "./sandbox/sandbox.jobs.js";
export { sandboxSecretFrom } from "./sandbox/sandbox.provider.js";
export { sandboxRoutes } from "./sandbox/sandbox.routes.js";
export { dinerTabBillRoutes, merchantTabBillRoutes } from "./tab/tab.routes.js";
export { webhookRoutes } from "./webhook.routes.js";
export { webhookPaths } from "./webhooks.openapi.js";
