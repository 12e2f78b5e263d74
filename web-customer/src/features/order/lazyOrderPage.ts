import { lazy } from "react";
import { retryingLoad } from "../../lib/retryingLoad";

/**
 * The order page (and the socket client it alone needs) loads on demand: a diner who just scanned a QR
 * code should download the menu and nothing else. The cart starts fetching it before "Place order".
 */
export const loadOrderPage = () => import("./OrderPage");

export const LazyOrderPage = lazy(
  retryingLoad(() => loadOrderPage().then((module) => ({ default: module.OrderPage }))),
);
