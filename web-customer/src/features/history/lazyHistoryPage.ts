import { lazy } from "react";

/** The history, receipt and rating screens load on demand: a diner who just scanned a QR code needs none. */
export const LazyHistoryPage = lazy(() =>
  import("./HistoryPage").then((module) => ({ default: module.HistoryPage })),
);
