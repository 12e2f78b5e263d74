import { type OrderStatus, orderRoutes, type WaitEstimate } from "@tabletap/shared";
import { useEffect, useState } from "react";
import { bearer, call } from "../../lib/api";

/** Refreshed when the order moves on, and every minute while it waits (the queue ahead shrinks). */
const REFRESH_MS = 60_000;

/** The server's estimate of the wait; null when there is nothing to wait for or it could not be fetched. */
export function useWaitEstimate(
  orderId: string,
  orderToken: string,
  status: OrderStatus,
): WaitEstimate | null {
  const [estimate, setEstimate] = useState<WaitEstimate | null>(null);
  const waiting = status === "placed" || status === "accepted" || status === "preparing";

  // biome-ignore lint/correctness/useExhaustiveDependencies: `status` re-runs it on purpose: a new status means a new estimate.
  useEffect(() => {
    if (!waiting) {
      setEstimate(null);
      return;
    }
    const abort = new AbortController();
    const load = () =>
      call(orderRoutes.getOrderWait, {
        params: { id: orderId },
        headers: bearer(orderToken),
        signal: abort.signal,
      }).then(
        (body) => setEstimate(body.estimate),
        () => {
          // An estimate is a nicety: keep the last one rather than show an error over the status.
        },
      );
    void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      abort.abort();
      clearInterval(timer);
    };
  }, [orderId, orderToken, waiting, status]);

  return waiting ? estimate : null;
}
