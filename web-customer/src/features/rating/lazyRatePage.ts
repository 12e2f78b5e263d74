import { lazy } from "react";

/** Loaded on demand, only once an order is completed and its diner chooses to rate it. */
export const LazyRatePage = lazy(() => import("./RatePage").then((module) => ({ default: module.RatePage })));
