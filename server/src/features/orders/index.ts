// Orders from placement to completion: diner and board routes, status changes, the wait estimate.
// Imports auth, shops, tables, menu, coupons, table-cart and table-tab; refunds on cancel arrive from the app.
export { boardPaths, staffOrderPaths } from "./board.openapi.js";
export type { OrderEventDeps } from "./order-events.js";
export { createOrderLimit } from "./order-limit.js";
export { findOrderForPayment, setOrderTip } from "./order-payment.repository.js";
export { findOrderPickup } from "./order-pickup.repository.js";
export { orderPaths } from "./orders.openapi.js";
export { findOrders, publicOrder } from "./orders.repository.js";
export { dinerOrderRoutes, merchantOrderRoutes } from "./orders.routes.js";
export { insertPastOrders } from "./past-orders.repository.js";
export type { CancelRefund, CancelRefundRequest } from "./set-status.js";
export { transitionOrder } from "./transition.js";
export { waitPaths } from "./wait.openapi.js";
export { waitRoutes } from "./wait.routes.js";
