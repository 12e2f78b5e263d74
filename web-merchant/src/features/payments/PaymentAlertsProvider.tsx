import { paymentAlertSchema } from "@tabletap/shared";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { useStaffSession } from "../auth/session";
import { useOrderFeed } from "../board/OrderFeedProvider";
import {
  type AlertState,
  alertsInOrders,
  type BoardAlert,
  dismissAlert,
  keysToRemember,
  receiveAlert,
  recoverAlerts,
} from "./paymentAlerts";

interface PaymentAlerts {
  /** Newest first; each stays until someone dismisses it. */
  alerts: readonly BoardAlert[];
  dismiss: (key: string) => void;
}

const PaymentAlertsContext = createContext<PaymentAlerts | null>(null);

const storageKey = (shopId: string) => `tabletap:dismissed-payment-alerts:${shopId}`;

function loadDismissed(shopId: string): ReadonlySet<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(shopId)) ?? "[]");
    return new Set(Array.isArray(stored) ? stored.filter((key) => typeof key === "string") : []);
  } catch {
    return new Set();
  }
}

function saveDismissed(shopId: string, dismissed: ReadonlySet<string>): void {
  try {
    localStorage.setItem(storageKey(shopId), JSON.stringify(keysToRemember(dismissed)));
  } catch {
    // Private browsing or a full store: dismissals then last until the page reloads, which is fine.
  }
}

/**
 * Payment problems for the board's banner: live `payment:alert` events, plus those the orders themselves
 * show, so one that came while the board was away still appears. Lives above the routes with the order
 * feed, so an alert that arrives while staff look at another page is waiting on the board.
 */
export function PaymentAlertsProvider({ children }: { children: ReactNode }) {
  const { shop } = useStaffSession();
  const { orders, onPaymentAlert } = useOrderFeed();
  const [state, setState] = useState<AlertState>(() => ({ shown: [], dismissed: loadDismissed(shop.id) }));

  useEffect(
    () =>
      onPaymentAlert((payload) => {
        const parsed = paymentAlertSchema.safeParse(payload);
        if (!parsed.success) {
          console.warn("Ignored a payment alert that does not match the shared schema", parsed.error);
          return;
        }
        const { message: _serverWords, ...alert } = parsed.data;
        setState((current) => receiveAlert(current, alert));
      }),
    [onPaymentAlert],
  );

  useEffect(() => {
    setState((current) => recoverAlerts(current, alertsInOrders(orders.values())));
  }, [orders]);

  useEffect(() => saveDismissed(shop.id, state.dismissed), [shop.id, state.dismissed]);

  const dismiss = useCallback((key: string) => setState((current) => dismissAlert(current, key)), []);
  const value = useMemo(() => ({ alerts: state.shown, dismiss }), [state.shown, dismiss]);
  return <PaymentAlertsContext value={value}>{children}</PaymentAlertsContext>;
}

export function usePaymentAlerts(): PaymentAlerts {
  const value = useContext(PaymentAlertsContext);
  if (!value) throw new Error("usePaymentAlerts must be used inside <PaymentAlertsProvider>");
  return value;
}
