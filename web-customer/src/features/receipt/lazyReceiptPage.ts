import { lazy } from "react";
import { retryingLoad } from "../../lib/retryingLoad";

/** Loaded on demand: most visits never open a receipt (see lazyHistoryPage). */
export const LazyReceiptPage = lazy(
  retryingLoad(() => import("./ReceiptPage").then((module) => ({ default: module.ReceiptPage }))),
);
