import { lazy } from "react";
import { retryingLoad } from "../../lib/retryingLoad";

/** The history, receipt and rating screens load on demand: a diner who just scanned a QR code needs none. */
export const LazyHistoryPage = lazy(
  retryingLoad(() => import("./HistoryPage").then((module) => ({ default: module.HistoryPage }))),
);
