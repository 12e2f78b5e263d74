import { lazy } from "react";

/** Loaded on demand: most visits never open a receipt (see lazyHistoryPage). */
export const LazyReceiptPage = lazy(() =>
  import("./ReceiptPage").then((module) => ({ default: module.ReceiptPage })),
);
