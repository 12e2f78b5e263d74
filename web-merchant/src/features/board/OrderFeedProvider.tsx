import {
  type BoardSettings,
  boardSettingsSchema,
  DEFAULT_ESCALATE_AFTER_MINUTES,
  type MarkPaidRequest,
  type Order,
  type StaffSettableStatus,
} from "@tabletap/shared";
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
import { type ApiResult, api, type StatusDetails } from "../../lib/api";
import { connectMerchantSocket } from "../../lib/socket";
import { useSession } from "../auth/session";
import { boardApi } from "./boardApi";
import { mergeOrders, type OrderMap } from "./orderMap";
import { type FeedStatus, type OrderSync, startOrderSync } from "./orderSync";

/** How long a failed action's message stays on its card. */
const ERROR_MS = 8000;

interface OrderFeed {
  orders: OrderMap;
  status: FeedStatus;
  /** Orders this console has seen waiting in the new lane and that still wait there: news for the alert. */
  arrivedIds: ReadonlySet<string>;
  /** The shop's board settings; a manager's change reaches every open board. */
  settings: BoardSettings;
  /** Shows settings just saved here without waiting for the broadcast. */
  applySettings: (settings: BoardSettings) => void;
  /** The last failed action per order. Kept here, not in the card, because a refreshed card may move column. */
  actionErrors: ReadonlyMap<string, string>;
  /** Resolves to whether the change went through; a failure lands in `actionErrors`. */
  changeStatus: (order: Order, status: StaffSettableStatus, details?: StatusDetails) => Promise<boolean>;
  /** Lets an order from a table nobody opened go to the kitchen; a failure lands in `actionErrors`. */
  approve: (order: Order) => Promise<boolean>;
  /** Merges an order this console placed, without waiting for its event. */
  addOrder: (order: Order) => void;
  /** Records a counter payment; like `changeStatus`, a failure lands in `actionErrors`. */
  markPaid: (order: Order, tender: MarkPaidRequest["tender"], tip?: number) => Promise<boolean>;
  /** Calls `listener` with every `payment:alert` payload (unchecked) from the same socket; returns an unsubscribe. */
  onPaymentAlert: (listener: PaymentAlertListener) => () => void;
  /** Calls `listener` with every `report:day-closed` payload (unchecked); returns an unsubscribe. */
  onDayClosed: (listener: PaymentAlertListener) => () => void;
  /** Calls `listener` with every `service-request:*` payload (unchecked), and `null` on each (re)connect. */
  onServiceRequest: (listener: PaymentAlertListener) => () => void;
  /** Calls `listener` with every `printer:updated` and `print-ticket:updated` payload, and `null` on each (re)connect. */
  onPrinting: (listener: PaymentAlertListener) => () => void;
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
  const [arrivedIds, setArrivedIds] = useState<ReadonlySet<string>>(() => new Set());
  const [settings, setSettings] = useState<BoardSettings>({
    escalateAfterMinutes: DEFAULT_ESCALATE_AFTER_MINUTES,
  });
  const [actionErrors, setActionErrors] = useState<ReadonlyMap<string, string>>(() => new Map());
  // Merging reads the latest map synchronously, so arrivals are detected exactly once per order.
  const ordersRef = useRef<OrderMap>(orders);
  const syncRef = useRef<OrderSync | null>(null);
  const alertListeners = useRef(new Set<PaymentAlertListener>());
  const dayClosedListeners = useRef(new Set<PaymentAlertListener>());
  const serviceListeners = useRef(new Set<PaymentAlertListener>());
  const printingListeners = useRef(new Set<PaymentAlertListener>());

  const merge = useCallback((incoming: Order[]) => {
    const { orders: next, arrivals } = mergeOrders(ordersRef.current, incoming);
    if (next === ordersRef.current) return;
    ordersRef.current = next;
    setOrders(next);
    // Every order this board sees waiting for the first time is news, including those already waiting
    // when it loaded or reconnected: a reloaded or late-signed-in tablet must not sit silent on them.
    // Orders that left the new lane are no news any more, which keeps the set as small as the lane.
    const added = arrivals.map((order) => order.id);
    setArrivedIds((current) => {
      const kept = [...current, ...added].filter((id) => next.get(id)?.status === "placed");
      return kept.length === current.size && added.length === 0 ? current : new Set(kept);
    });
  }, []);

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
    const loadSettings = () =>
      void boardApi.settings().then((result) => {
        if (result.ok) setSettings(result.data);
      });
    loadSettings();
    socket.on("board:settings-updated", (payload: unknown) => {
      const parsed = boardSettingsSchema.safeParse(payload);
      if (parsed.success) setSettings(parsed.data);
    });
    socket.on("connect", loadSettings);
    socket.on("payment:alert", (payload: unknown) => {
      for (const listener of alertListeners.current) listener(payload);
    });
    socket.on("report:day-closed", (payload: unknown) => {
      for (const listener of dayClosedListeners.current) listener(payload);
    });
    const toServiceListeners = (payload: unknown) => {
      for (const listener of serviceListeners.current) listener(payload);
    };
    socket.on("service-request:created", toServiceListeners);
    socket.on("service-request:updated", toServiceListeners);
    socket.on("connect", () => toServiceListeners(null));
    const toPrintingListeners = (payload: unknown) => {
      for (const listener of printingListeners.current) listener(payload);
    };
    socket.on("printer:updated", toPrintingListeners);
    socket.on("print-ticket:updated", toPrintingListeners);
    socket.on("connect", () => toPrintingListeners(null));
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
        merge([result.data]);
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
    (order: Order, next: StaffSettableStatus, details?: StatusDetails) =>
      runAction(order, () => api.setOrderStatus(order.id, next, details)),
    [runAction],
  );

  const approve = useCallback(
    (order: Order) => runAction(order, () => boardApi.approve(order.id)),
    [runAction],
  );

  const addOrder = useCallback((order: Order) => merge([order]), [merge]);

  const markPaid = useCallback(
    (order: Order, tender: MarkPaidRequest["tender"], tip?: number) =>
      runAction(order, () => api.markPaid(order.id, tender, tip)),
    [runAction],
  );

  const onPaymentAlert = useCallback((listener: PaymentAlertListener) => {
    alertListeners.current.add(listener);
    return () => {
      alertListeners.current.delete(listener);
    };
  }, []);

  const onDayClosed = useCallback((listener: PaymentAlertListener) => {
    dayClosedListeners.current.add(listener);
    return () => {
      dayClosedListeners.current.delete(listener);
    };
  }, []);

  const onServiceRequest = useCallback((listener: PaymentAlertListener) => {
    serviceListeners.current.add(listener);
    return () => {
      serviceListeners.current.delete(listener);
    };
  }, []);

  const onPrinting = useMemo(() => subscriber(printingListeners.current), []);

  const value = useMemo(
    () => ({
      orders,
      status,
      arrivedIds,
      settings,
      applySettings: setSettings,
      actionErrors,
      changeStatus,
      approve,
      addOrder,
      markPaid,
      onPaymentAlert,
      onDayClosed,
      onServiceRequest,
      onPrinting,
    }),
    [
      orders,
      status,
      arrivedIds,
      settings,
      actionErrors,
      changeStatus,
      approve,
      addOrder,
      markPaid,
      onPaymentAlert,
      onDayClosed,
      onServiceRequest,
      onPrinting,
    ],
  );
  return <OrderFeedContext value={value}>{children}</OrderFeedContext>;
}

/** Adds a listener to the set; the returned function takes it out again. */
const subscriber = (listeners: Set<PaymentAlertListener>) => (listener: PaymentAlertListener) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

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
