import { isFinal, type Order } from "@tabletap/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiRequestError } from "../../lib/api";
import { connectDinerSocket } from "../../lib/socket";
import { t } from "../language/i18n";
import { getOrder } from "./orderApi";

export type Connection = "connecting" | "live" | "offline";

export interface LiveOrder {
  order: Order | null;
  /** Set only while nothing could be loaded; a failed refresh keeps the order already shown. */
  error: string | null;
  connection: Connection;
  /** The kitchen called the order (a `notification:sent` arrived while this page was open). */
  notified: boolean;
  retry: () => void;
}

// Short-long-short: noticeable in a pocket without being alarming.
const READY_VIBRATION = [200, 100, 400];
const RETRY_MIN_MS = 2_000;
const RETRY_MAX_MS = 30_000;

/**
 * The order, kept live: a first GET, then socket pushes. Every (re)connect and every return to the tab
 * refetches, because events sent while the phone slept or the socket was down are not replayed.
 */
export function useLiveOrder(orderId: string, orderToken: string): LiveOrder {
  const [order, setOrder] = useState<Order | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [connection, setConnection] = useState<Connection>("connecting");
  const [notified, setNotified] = useState(false);
  const loadedRef = useRef(false);

  // `seq` grows with every change, so a slow GET can't overwrite a newer pushed update.
  const accept = useCallback((next: Order) => {
    loadedRef.current = true;
    setError(null);
    setOrder((current) => (current && current.seq > next.seq ? current : next));
  }, []);

  const refresh = useCallback(() => {
    getOrder(orderId, orderToken).then(accept, (failure: unknown) => {
      if (loadedRef.current) return;
      setError(failure instanceof ApiRequestError ? failure.message : t("errors.generic"));
    });
  }, [orderId, orderToken, accept]);

  useEffect(() => {
    refresh();
    const onVisible = () => {
      if (document.visibilityState === "visible") refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [refresh]);

  const final = order ? isFinal(order.status) : false;
  useEffect(() => {
    // A finished order never changes again: no need to hold a connection open for it.
    if (final) return;
    const socket = connectDinerSocket(orderToken);
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let retryDelay = RETRY_MIN_MS;
    // Socket.IO retries lost transports by itself, but not a server-side disconnect (a restart or deploy)
    // nor a refused handshake; those would leave the page silently frozen, so retry them with a backoff.
    const retryLater = () => {
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => socket.connect(), retryDelay);
      retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
    };
    socket.on("connect", () => {
      retryDelay = RETRY_MIN_MS;
      setConnection("live");
      refresh();
    });
    socket.on("disconnect", (reason) => {
      setConnection("offline");
      if (reason === "io server disconnect") retryLater();
    });
    socket.on("connect_error", () => {
      setConnection("offline");
      if (!socket.active) retryLater();
    });
    socket.on("order:updated", (next) => {
      if (next.id === orderId) accept(next);
    });
    socket.on("notification:sent", (notification) => {
      if (notification.kind !== "order_ready" || notification.orderId !== orderId) return;
      setNotified(true);
      if (typeof navigator.vibrate === "function") navigator.vibrate(READY_VIBRATION);
      refresh();
    });
    return () => {
      clearTimeout(retryTimer);
      socket.disconnect();
    };
  }, [orderId, orderToken, final, accept, refresh]);

  return { order, error, connection, notified, retry: refresh };
}
