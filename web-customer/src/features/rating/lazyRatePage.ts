import { lazy } from "react";
import { retryingLoad } from "../../lib/retryingLoad";

/** Loaded on demand, only once an order is completed and its diner chooses to rate it. */
export const LazyRatePage = lazy(
  retryingLoad(() => import("./RatePage").then((module) => ({ default: module.RatePage }))),
);
