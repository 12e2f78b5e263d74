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
  /** How long an event may wait above a hole for the missing ones before we ask the API (default 500 ms). */
  gapDelayMs?: number;
}

export interface OrderSync {
  /** Fetches whatever changed after `sinceSeq` (default: our watermark) and merges it. */
  refresh: (sinceSeq?: number) => Promise<void>;
  stop: () => void;
}

const MAX_RETRY_MS = 30_000;

/**
 * Keeps the board complete across dropped connections and out-of-order events. Events only reach a
 * connected socket, so on every (re)connect we ask the API for everything after our watermark, and
 * merge events meanwhile. The first full load starts right away instead of waiting for the handshake:
 * the board shows sooner, and still shows (marked not live) if the socket cannot get through at all.
 *
 * The watermark is the seq up to which we hold *every* change; a reconnect resumes from it. The shop's
 * seq has no holes and every change is sent to the board (a pay-first order still waiting for payment
 * comes as `order:updated`; `buildBoard` keeps it out of the lanes), but events can overtake each other
 * (concurrent requests, several API nodes, workers) or be lost with a connection. So an event raises the
 * watermark only when it is the very next seq; one further ahead waits in `ahead` for the ones before
 * it. An API answer covers every change up to its lastSeq and closes the holes below that. A hole still
 * open after `gapDelayMs` is filled by asking the API from the watermark.
 */
export function startOrderSync(options: OrderSyncOptions): OrderSync {
  const { socket, fetchOrders, onOrders, onStatus, onUnauthorized } = options;
  const baseDelay = options.retryDelayMs ?? 2000;
  const gapDelay = options.gapDelayMs ?? 500;
  let watermark: number | null = null;
  const ahead = new Set<number>(); // seqs seen in events above a hole, waiting for the ones below
  let connection = 0; // bumps on every connect, so an answer meant for an older connection can't mark this one synced
  let connected = false;
  let synced = false;
  let loaded = false; // after the first successful load, every new order is news worth a chime
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let gapTimer: ReturnType<typeof setTimeout> | undefined;
  let gapWait = gapDelay;
  let fillingGap = false; // one gap request at a time; its answer re-arms the watch if a hole remains
  let stopped = false;

  /** Raises the watermark to what an answer covered, then on through events that now follow without a hole. */
  function settle(covered?: number): void {
    if (covered !== undefined) watermark = Math.max(watermark ?? 0, covered);
    if (watermark === null) return; // the first load is still on its way and will settle these
    while (ahead.delete(watermark + 1)) watermark += 1;
    for (const seq of ahead) if (seq <= watermark) ahead.delete(seq);
    if (ahead.size === 0) {
      clearTimeout(gapTimer);
      gapTimer = undefined;
      gapWait = gapDelay;
    } else {
      watchGap();
    }
  }

  /** Gives a hole `gapWait` to fill by itself (the usual case: a slightly late event), then asks the API. */
  function watchGap(): void {
    if (gapTimer !== undefined || !connected || stopped) return;
    gapTimer = setTimeout(() => {
      gapTimer = undefined;
      if (ahead.size > 0 && connected && !stopped && !fillingGap) void fillGap();
    }, gapWait);
  }

  async function fillGap(): Promise<void> {
    const from = watermark;
    fillingGap = true;
    const result = await fetchOrders(from ?? undefined).finally(() => {
      fillingGap = false;
    });
    if (stopped) return;
    if (!result.ok) {
      if (result.error.status === 401) return onUnauthorized();
      gapWait = Math.min(gapWait * 2, MAX_RETRY_MS);
      return watchGap();
    }
    gapWait = gapDelay;
    apply(result.data, from);
  }

  /** Merges an answer to `fetchOrders(from)`; `from === null` was a full load. */
  function apply({ orders, lastSeq }: OrderList, from: number | null): void {
    onOrders(orders, loaded ? "catch-up" : "snapshot");
    loaded = true;
    // An answer covers every change after `from` up to its lastSeq, so it closes holes only if it starts
    // at or below the watermark (a refresh from some card's seq may start above it).
    const covers = from === null || (watermark !== null && from <= watermark);
    if (covers) settle(Math.max(lastSeq, highestSeq(orders, 0)));
  }

  async function catchUp(forConnection: number, delay: number): Promise<void> {
    const from = watermark;
    const result = await fetchOrders(from ?? undefined);
    if (stopped) return;
    if (!result.ok) {
      if (result.error.status === 401) return onUnauthorized();
      if (connected && forConnection === connection && !synced) {
        retryTimer = setTimeout(() => void catchUp(forConnection, Math.min(delay * 2, MAX_RETRY_MS)), delay);
      }
      return;
    }
    apply(result.data, from);
    if (!connected || forConnection !== connection || synced) return;
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
    onOrders([order], "event");
    if (watermark === null || order.seq > watermark) ahead.add(order.seq);
    settle();
  }

  socket.on("connect", () => {
    connection += 1;
    connected = true;
    synced = false;
    clearTimeout(retryTimer);
    onStatus(watermark === null ? "connecting" : "syncing");
    void catchUp(connection, baseDelay);
  });
  socket.on("disconnect", (reason) => {
    connected = false;
    synced = false;
    clearTimeout(retryTimer);
    // The catch-up on the next connect asks from the watermark, which covers any hole still open.
    clearTimeout(gapTimer);
    gapTimer = undefined;
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
      const from = sinceSeq ?? watermark;
      const result = await fetchOrders(from ?? undefined);
      if (stopped || !result.ok) return;
      apply(result.data, from);
    },
    stop: () => {
      stopped = true;
      clearTimeout(retryTimer);
      clearTimeout(gapTimer);
      socket.removeAllListeners();
    },
  };
}
