import type { Order } from "@tabletap/shared";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useNow } from "../../lib/clock";
import {
  type Acknowledgements,
  type AlertState,
  acknowledge,
  alertState,
  type LastSound,
  shouldSound,
  soundedNow,
  type Urgency,
  urgencyOf,
} from "./alerts";
import { playAlert } from "./chime";
import { useOrderFeed } from "./OrderFeedProvider";

interface OrderAlerts {
  alert: AlertState;
  urgencyOf: (order: Order) => Urgency;
  /** Silences these orders on this board; one that later becomes late alerts again. */
  acknowledge: (orders: Order[]) => void;
  escalateAfterMs: number;
}

const OrderAlertsContext = createContext<OrderAlerts | null>(null);

/**
 * The board's alarm: a new order sounds at once and again every few seconds until someone here
 * acknowledges it (taps it, accepts it, or presses Acknowledge); one still not accepted after the shop's
 * limit sounds louder and more often until acknowledged again or accepted. Above the routes, so it keeps
 * sounding while staff look at another page.
 */
export function OrderAlertsProvider({ children }: { children: ReactNode }) {
  const { orders, arrivedIds, settings } = useOrderFeed();
  const now = useNow();
  const [acks, setAcks] = useState<Acknowledgements>(() => new Map());
  const escalateAfterMs = settings.escalateAfterMinutes * 60_000;
  const context = useMemo(
    () => ({ now, escalateAfterMs, arrivedIds, acks }),
    [now, escalateAfterMs, arrivedIds, acks],
  );
  const alert = useMemo(() => alertState(orders.values(), context), [orders, context]);

  const lastSound = useRef<LastSound | null>(null);
  useEffect(() => {
    if (alert.level === null) {
      lastSound.current = null;
      return;
    }
    if (!shouldSound(alert, lastSound.current, now)) return;
    lastSound.current = soundedNow(alert, now);
    playAlert(alert.level);
  }, [alert, now]);

  const acknowledgeOrders = useCallback(
    (toAck: Order[]) => setAcks((current) => acknowledge(current, toAck, Date.now(), escalateAfterMs)),
    [escalateAfterMs],
  );
  const urgency = useCallback((order: Order) => urgencyOf(order, context), [context]);

  const value = useMemo(
    () => ({ alert, urgencyOf: urgency, acknowledge: acknowledgeOrders, escalateAfterMs }),
    [alert, urgency, acknowledgeOrders, escalateAfterMs],
  );
  return <OrderAlertsContext value={value}>{children}</OrderAlertsContext>;
}

export function useOrderAlerts(): OrderAlerts {
  const value = useContext(OrderAlertsContext);
  if (!value) throw new Error("useOrderAlerts must be used inside <OrderAlertsProvider>");
  return value;
}
