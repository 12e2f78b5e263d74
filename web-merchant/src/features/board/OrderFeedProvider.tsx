import type { MarkPaidRequest, Order, StaffSettableStatus } from "@tabletap/shared";
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
import { type ApiResult, api } from "../../lib/api";
import { connectMerchantSocket } from "../../lib/socket";
import { useSession } from "../auth/session";
import { playChime } from "./chime";
import { mergeOrders, type OrderMap } from "./orderMap";
import { type FeedStatus, type OrderSource, type OrderSync, startOrderSync } from "./orderSync";

/** How long a new order's card stays highlighted. */
const HIGHLIGHT_MS = 30_000;
/** How long a failed action's message stays on its card. */
const ERROR_MS = 8000;

interface OrderFeed {
  orders: OrderMap;
  status: FeedStatus;
  /** Orders that arrived while the console was open, highlighted for a while. */
  freshIds: ReadonlySet<string>;
  /** The last failed action per order. Kept here, not in the card, because a refreshed card may move column. */
  actionErrors: ReadonlyMap<string, string>;
  /** Resolves to whether the change went through; a failure lands in `actionErrors`. */
  changeStatus: (order: Order, status: StaffSettableStatus) => Promise<boolean>;
  /** Records a counter payment; like `changeStatus`, a failure lands in `actionErrors`. */
  markPaid: (order: Order, tender: MarkPaidRequest["tender"]) => Promise<boolean>;
  /** Calls `listener` with every `payment:alert` payload (unchecked) from the same socket; returns an unsubscribe. */
  onPaymentAlert: (listener: PaymentAlertListener) => () => void;
}

export type PaymentAlertListener = (payload: unknown) => void;

/** Refusals that mean our copy of the order is stale: someone else moved it or took the money first. */
const staleCodes = new Set(["invalid_transition", "payment_not_needed"]);

const OrderFeedContext = createContext<OrderFeed | null>(null);

/**
 * Lives above the routes, so orders keep arriving (and chiming) while staff look at another page.
 */
export function OrderFeedProvider({ children }: { children: ReactNode }) {
  const { expire } = useSession();
  const [orders, setOrders] = useState<OrderMap>(() => new Map());
  const [status, setStatus] = useState<FeedStatus>("connecting");
  const [freshIds, setFreshIds] = useState<ReadonlySet<string>>(() => new Set());
  const [actionErrors, setActionErrors] = useState<ReadonlyMap<string, string>>(() => new Map());
  // Merging reads the latest map synchronously, so arrivals are detected exactly once per order.
  const ordersRef = useRef<OrderMap>(orders);
  const syncRef = useRef<OrderSync | null>(null);
  const alertListeners = useRef(new Set<PaymentAlertListener>());

  const highlight = useCallback((ids: string[]) => {
    setFreshIds((current) => new Set([...current, ...ids]));
    setTimeout(() => {
      setFreshIds((current) => new Set([...current].filter((id) => !ids.includes(id))));
    }, HIGHLIGHT_MS);
  }, []);

  const merge = useCallback(
    (incoming: Order[], source: OrderSource) => {
      const { orders: next, arrivals } = mergeOrders(ordersRef.current, incoming);
      if (next === ordersRef.current) return;
      ordersRef.current = next;
      setOrders(next);
      // The first load is what was already waiting; only later arrivals are news worth a chime.
      if (source !== "snapshot" && arrivals.length > 0) {
        playChime();
        highlight(arrivals.map((order) => order.id));
      }
    },
    [highlight],
  );

  useEffect(() => {
    const socket = connectMerchantSocket();
    const sync = startOrderSync({
      socket,
      fetchOrders: api.orders,
      onOrders: merge,
      onStatus: setStatus,
      onUnauthorized: expire,
    });
    syncRef.current = sync;
    socket.on("payment:alert", (payload: unknown) => {
      for (const listener of alertListeners.current) listener(payload);
    });
    // A tablet waking from sleep may hold a socket that is dead but not yet noticed; ask directly.
    const onVisible = () => {
      if (document.visibilityState === "visible") void sync.refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      document.removeEventListener("visibilitychange", onVisible);
      sync.stop();
      socket.disconnect();
      syncRef.current = null;
    };
  }, [merge, expire]);

  const setActionError = useCallback((orderId: string, message: string | null) => {
    setActionErrors((current) => {
      if (current.get(orderId) === (message ?? undefined)) return current;
      const next = new Map(current);
      if (message === null) next.delete(orderId);
      else next.set(orderId, message);
      return next;
    });
  }, []);

  const runAction = useCallback(
    async (order: Order, call: () => Promise<ApiResult<Order>>) => {
      setActionError(order.id, null);
      const result = await call();
      if (result.ok) {
        merge([result.data], "event");
        return true;
      }
      const { message } = result.error;
      setActionError(order.id, message);
      setTimeout(() => setActionErrors((current) => clearIfSame(current, order.id, message)), ERROR_MS);
      // Someone else got there first: fetch from our copy's seq, which brings their change back.
      if (staleCodes.has(result.error.code)) void syncRef.current?.refresh(order.seq);
      return false;
    },
    [merge, setActionError],
  );

  const changeStatus = useCallback(
    (order: Order, next: StaffSettableStatus) => runAction(order, () => api.setOrderStatus(order.id, next)),
    [runAction],
  );

  const markPaid = useCallback(
    (order: Order, tender: MarkPaidRequest["tender"]) =>
      runAction(order, () => api.markPaid(order.id, tender)),
    [runAction],
  );

  const onPaymentAlert = useCallback((listener: PaymentAlertListener) => {
    alertListeners.current.add(listener);
    return () => {
      alertListeners.current.delete(listener);
    };
  }, []);

  const value = useMemo(
    () => ({ orders, status, freshIds, actionErrors, changeStatus, markPaid, onPaymentAlert }),
    [orders, status, freshIds, actionErrors, changeStatus, markPaid, onPaymentAlert],
  );
  return <OrderFeedContext value={value}>{children}</OrderFeedContext>;
}

function clearIfSame(errors: ReadonlyMap<string, string>, orderId: string, message: string) {
  if (errors.get(orderId) !== message) return errors;
  const next = new Map(errors);
  next.delete(orderId);
  return next;
}

export function useOrderFeed(): OrderFeed {
  const value = useContext(OrderFeedContext);
  if (!value) throw new Error("useOrderFeed must be used inside <OrderFeedProvider>");
  return value;
}
