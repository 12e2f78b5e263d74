import { type Order, type OrderList, orderSchema } from "@tabletap/shared";
import type { ApiResult } from "../../lib/api";
import { UNAUTHORIZED_SOCKET_MESSAGE } from "../../lib/socket";
import { highestSeq } from "./orderMap";

export type FeedStatus = "connecting" | "syncing" | "live" | "reconnecting";

/** `snapshot` is the first full load; everything after it is news the staff has not seen yet. */
export type OrderSource = "snapshot" | "catch-up" | "event";

/** The part of a Socket.IO client the sync uses, so tests can drive it with a plain emitter. */
export interface SyncSocket {
  on(event: "connect", listener: () => void): unknown;
  on(event: "disconnect", listener: (reason: string) => void): unknown;
  on(event: "connect_error", listener: (error: Error) => void): unknown;
  on(event: "order:created" | "order:updated", listener: (order: Order) => void): unknown;
  connect(): unknown;
  removeAllListeners(): unknown;
}

export interface OrderSyncOptions {
  socket: SyncSocket;
  fetchOrders: (sinceSeq?: number) => Promise<ApiResult<OrderList>>;
  onOrders: (orders: Order[], source: OrderSource) => void;
  onStatus: (status: FeedStatus) => void;
  onUnauthorized: () => void;
  /** First retry delay for a failed catch-up; doubles up to 30 s while the socket stays up. */
  retryDelayMs?: number;
}

export interface OrderSync {
  /** Fetches whatever changed after `sinceSeq` (default: our watermark) and merges it. */
  refresh: (sinceSeq?: number) => Promise<void>;
  stop: () => void;
}

const MAX_RETRY_MS = 30_000;

/**
 * Keeps the board complete across dropped connections. Events only reach a connected socket, so on
 * every (re)connect we ask the API for everything after our watermark, and merge events meanwhile.
 * The first full load starts right away instead of waiting for the handshake: the board shows
 * sooner, and still shows (marked not live) if the socket cannot get through at all.
 *
 * The watermark is the seq up to which we have *every* change. It is not simply the highest seq seen:
 * events that arrive while a catch-up is still in flight (or after it failed) sit above a gap, and
 * resuming from them after the next drop would skip the gap. So events raise the watermark only once
 * the current connection has caught up.
 */
export function startOrderSync(options: OrderSyncOptions): OrderSync {
  const { socket, fetchOrders, onOrders, onStatus, onUnauthorized } = options;
  const baseDelay = options.retryDelayMs ?? 2000;
  let watermark: number | null = null;
  let connection = 0; // bumps on every connect, so an answer meant for an older connection can't mark this one synced
  let connected = false;
  let synced = false;
  let loaded = false; // after the first successful load, every new order is news worth a chime
  let seenOnConnection = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function catchUp(forConnection: number, delay: number): Promise<void> {
    const sinceSeq = watermark ?? undefined;
    const result = await fetchOrders(sinceSeq);
    if (stopped) return;
    if (!result.ok) {
      if (result.error.status === 401) return onUnauthorized();
      if (connected && forConnection === connection && !synced) {
        retryTimer = setTimeout(() => void catchUp(forConnection, Math.min(delay * 2, MAX_RETRY_MS)), delay);
      }
      return;
    }
    const { orders, lastSeq } = result.data;
    onOrders(orders, loaded ? "catch-up" : "snapshot");
    loaded = true;
    // Any successful answer covers every change up to its lastSeq, whichever connection asked.
    watermark = Math.max(watermark ?? 0, lastSeq, highestSeq(orders, 0));
    if (!connected || forConnection !== connection || synced) return;
    // Events on this connection started before the fetch did, so together they leave no gap.
    watermark = Math.max(watermark, seenOnConnection);
    synced = true;
    onStatus("live");
  }

  function handleOrder(payload: unknown): void {
    const parsed = orderSchema.safeParse(payload);
    if (!parsed.success) {
      console.warn("Ignored an order event that does not match the shared schema", parsed.error);
      return;
    }
    const order = parsed.data;
    seenOnConnection = Math.max(seenOnConnection, order.seq);
    if (synced) watermark = Math.max(watermark ?? 0, order.seq);
    onOrders([order], "event");
  }

  socket.on("connect", () => {
    connection += 1;
    connected = true;
    synced = false;
    seenOnConnection = 0;
    clearTimeout(retryTimer);
    onStatus(watermark === null ? "connecting" : "syncing");
    void catchUp(connection, baseDelay);
  });
  socket.on("disconnect", (reason) => {
    connected = false;
    synced = false;
    clearTimeout(retryTimer);
    onStatus("reconnecting");
    // Socket.IO only retries on its own after network drops; after a server-side kick we retry once
    // ourselves, and an ended session then shows up as an "unauthorized" connect_error.
    if (reason === "io server disconnect") socket.connect();
  });
  socket.on("connect_error", (error) => {
    // Socket.IO gives up on middleware refusals, so an ended session would otherwise hang here silently.
    if (error.message === UNAUTHORIZED_SOCKET_MESSAGE) onUnauthorized();
    else onStatus(watermark === null ? "connecting" : "reconnecting");
  });
  socket.on("order:created", handleOrder);
  socket.on("order:updated", handleOrder);
  void catchUp(connection, baseDelay);

  return {
    refresh: async (sinceSeq) => {
      const from = sinceSeq ?? watermark ?? undefined;
      const result = await fetchOrders(from);
      if (stopped || !result.ok) return;
      onOrders(result.data.orders, loaded ? "catch-up" : "snapshot");
      loaded = true;
      // Only an answer that starts at or below the watermark proves there is no gap up to its lastSeq.
      if (watermark !== null && from !== undefined && from <= watermark) {
        watermark = Math.max(watermark, result.data.lastSeq);
      }
    },
    stop: () => {
      stopped = true;
      clearTimeout(retryTimer);
      socket.removeAllListeners();
    },
  };
}
