import type { LineRating, Order } from "@tabletap/shared";
import { useEffect, useState } from "react";
import { t } from "../language/i18n";
import { getOrder } from "../order/orderApi";
import { getOrderRatings } from "./ratingApi";

export type RatingsState =
  | { state: "loading" }
  | { state: "ready"; order: Order; ratings: LineRating[] }
  | { state: "failed"; message: string };

/** The order (to know its lines and whether it is completed) and the ratings already given. */
export function useRatings(orderId: string, orderToken: string) {
  const [result, setResult] = useState<RatingsState>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the load on purpose.
  useEffect(() => {
    const controller = new AbortController();
    setResult({ state: "loading" });
    Promise.all([
      getOrder(orderId, orderToken, controller.signal),
      getOrderRatings(orderId, orderToken, controller.signal),
    ]).then(
      ([order, { ratings }]) => setResult({ state: "ready", order, ratings }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ state: "failed", message: error instanceof Error ? error.message : t("errors.generic") });
      },
    );
    return () => controller.abort();
  }, [orderId, orderToken, attempt]);
  const setRatings = (ratings: LineRating[]) =>
    setResult((current) => (current.state === "ready" ? { ...current, ratings } : current));
  return { ...result, retry: () => setAttempt((n) => n + 1), setRatings };
}
