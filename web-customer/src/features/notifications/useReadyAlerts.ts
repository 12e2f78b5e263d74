import { useCallback, useState } from "react";
import { isSubscribed, rememberSubscribed } from "./subscribedOrders";
import { pushSupported, type SubscribeResult, subscribeToReadyPush } from "./subscribeToReadyPush";

export type ReadyAlertState = "unsupported" | "off" | "asking" | "on" | "blocked" | "failed";

function initialState(orderId: string): ReadyAlertState {
  if (!pushSupported()) return "unsupported";
  if (Notification.permission === "denied") return "blocked";
  // Permission can be taken back in the browser's settings; then the stored "on" no longer holds.
  return Notification.permission === "granted" && isSubscribed(orderId) ? "on" : "off";
}

/** Whether this phone gets a push when the order is ready, and the diner's one way to turn that on. */
export function useReadyAlerts(orderId: string, orderToken: string) {
  const [state, setState] = useState<ReadyAlertState>(() => initialState(orderId));

  const turnOn = useCallback(() => {
    setState("asking");
    subscribeToReadyPush(orderId, orderToken)
      .catch((): SubscribeResult => "failed")
      .then((result) => {
        if (result === "on") rememberSubscribed(orderId);
        setState(result === "dismissed" ? "off" : result);
      });
  }, [orderId, orderToken]);

  return { state, turnOn };
}
