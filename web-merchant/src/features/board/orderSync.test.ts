import type { Order, OrderList } from "@tabletap/shared";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ApiResult } from "../../lib/api";
import { type OrderSource, type OrderSync, type SyncSocket, startOrderSync } from "./orderSync";
import { makeOrder } from "./testOrders";

type Listener = (...args: never[]) => void;

/** Stands in for the Socket.IO client: the test fires connect, disconnect and order events by hand. */
class FakeSocket implements SyncSocket {
  private listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  connect() {
    return this;
  }
  removeAllListeners() {
    this.listeners.clear();
    return this;
  }
  fire(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => void)(...args);
  }
}

const list = (orders: Order[], lastSeq: number): ApiResult<OrderList> => ({
  ok: true,
  data: { orders, lastSeq },
});
const offline: ApiResult<OrderList> = {
  ok: false,
  error: { status: 0, code: "network", message: "offline" },
};
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const running: OrderSync[] = [];
afterEach(() => {
  // Stopped so no retry or gap timer of one test fires into the next.
  for (const sync of running.splice(0)) sync.stop();
  vi.useRealTimers();
});

function setup(answers: Array<ApiResult<OrderList>>) {
  const socket = new FakeSocket();
  const fetchOrders = vi.fn(async (_sinceSeq?: number) => answers.shift() ?? list([], 0));
  const received: Array<{ ids: string[]; source: OrderSource }> = [];
  const statuses: string[] = [];
  const onUnauthorized = vi.fn();
  const sync = startOrderSync({
    socket,
    fetchOrders,
    onOrders: (orders, source) => received.push({ ids: orders.map((order) => order.id), source }),
    onStatus: (status) => statuses.push(status),
    onUnauthorized,
    retryDelayMs: 1,
  });
  running.push(sync);
  return { socket, fetchOrders, received, statuses, onUnauthorized, sync };
}

describe("startOrderSync", () => {
  it("loads the whole board first, then catches up from the highest seq after each (re)connect", async () => {
    const { socket, fetchOrders, received, statuses } = setup([
      list([makeOrder({ id: "a", seq: 4 })], 7),
      list([], 7),
      list([makeOrder({ id: "b", seq: 9 })], 9),
    ]);
    await flush();
    socket.fire("connect");
    await flush();
    socket.fire("order:created", makeOrder({ id: "c", seq: 8 }));
    socket.fire("disconnect", "transport close");
    socket.fire("connect");
    await flush();
    expect(fetchOrders.mock.calls.map(([since]) => since)).toEqual([undefined, 7, 8]);
    expect(received.map((batch) => batch.source)).toEqual(["snapshot", "catch-up", "event", "catch-up"]);
    expect(statuses).toEqual(["syncing", "live", "reconnecting", "syncing", "live"]);
  });

  it("does not resume above a gap when the catch-up after a reconnect failed", async () => {
    const { socket, fetchOrders } = setup([list([], 10), list([], 10), offline, offline]);
    await flush();
    socket.fire("connect");
    await flush();
    socket.fire("disconnect", "transport close");
    socket.fire("connect");
    await flush(); // the catch-up from 10 fails…
    socket.fire("order:updated", makeOrder({ id: "x", seq: 15 })); // …so seq 11-14 are still unknown
    socket.fire("disconnect", "transport close");
    socket.fire("connect");
    await flush();
    expect(fetchOrders.mock.calls.map(([since]) => since)).toEqual([undefined, 10, 10, 10]);
  });

  it("advances past out-of-order events only once the missing one arrives", async () => {
    vi.useFakeTimers();
    const { socket, fetchOrders, received } = setup([list([], 10), list([], 10), list([], 12)]);
    await vi.advanceTimersByTimeAsync(0);
    socket.fire("connect");
    await vi.advanceTimersByTimeAsync(0);
    socket.fire("order:updated", makeOrder({ id: "b", seq: 12 })); // overtook seq 11…
    await vi.advanceTimersByTimeAsync(100);
    socket.fire("order:created", makeOrder({ id: "a", seq: 11 })); // …which turns up well within the delay
    await vi.advanceTimersByTimeAsync(2000);
    // Nothing was missing for long, so no extra request; both events reached the board as they came.
    expect(fetchOrders.mock.calls.map(([since]) => since)).toEqual([undefined, 10]);
    expect(received.filter((batch) => batch.source === "event").map((batch) => batch.ids)).toEqual([
      ["b"],
      ["a"],
    ]);
    socket.fire("disconnect", "transport close");
    socket.fire("connect");
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchOrders.mock.calls.map(([since]) => since)).toEqual([undefined, 10, 12]);
  });

  it("does not resume past a hole left by an event that overtook another", async () => {
    vi.useFakeTimers();
    const { socket, fetchOrders } = setup([list([], 10), list([], 10), list([], 12)]);
    await vi.advanceTimersByTimeAsync(0);
    socket.fire("connect");
    await vi.advanceTimersByTimeAsync(0);
    socket.fire("order:updated", makeOrder({ id: "b", seq: 12 })); // seq 11 is still on its way…
    socket.fire("disconnect", "transport close"); // …and is lost with the connection
    socket.fire("connect");
    await vi.advanceTimersByTimeAsync(0);
    // Resuming from 12 would skip 11 for good; from 10 brings it back.
    expect(fetchOrders.mock.calls.map(([since]) => since)).toEqual([undefined, 10, 10]);
  });

  it("asks the API from the watermark when a hole does not fill within the delay", async () => {
    vi.useFakeTimers();
    const { socket, fetchOrders, received } = setup([
      list([], 10),
      list([], 10),
      list([makeOrder({ id: "a", seq: 11 }), makeOrder({ id: "b", seq: 12 })], 12),
      list([], 13),
    ]);
    await vi.advanceTimersByTimeAsync(0);
    socket.fire("connect");
    await vi.advanceTimersByTimeAsync(0);
    socket.fire("order:updated", makeOrder({ id: "b", seq: 12 })); // seq 11 never comes as an event
    await vi.advanceTimersByTimeAsync(499);
    expect(fetchOrders.mock.calls.map(([since]) => since)).toEqual([undefined, 10]);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchOrders.mock.calls.map(([since]) => since)).toEqual([undefined, 10, 10]);
    expect(received.at(-1)).toEqual({ ids: ["a", "b"], source: "catch-up" });
    // The answer covered up to 12, so the next event follows on without another request.
    socket.fire("order:updated", makeOrder({ id: "c", seq: 13 }));
    await vi.advanceTimersByTimeAsync(2000);
    socket.fire("disconnect", "transport close");
    socket.fire("connect");
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchOrders.mock.calls.map(([since]) => since)).toEqual([undefined, 10, 10, 13]);
  });

  it("takes a pay-first order waiting for payment as the next seq, with no request for a hole", async () => {
    vi.useFakeTimers();
    const { socket, fetchOrders, received } = setup([list([], 10), list([], 10)]);
    await vi.advanceTimersByTimeAsync(0);
    socket.fire("connect");
    await vi.advanceTimersByTimeAsync(0);
    const paying = { id: "p", paymentMethod: "online", paymentStatus: "unpaid" } as const;
    socket.fire("order:updated", makeOrder({ ...paying, seq: 11, status: "pending_payment" }));
    socket.fire("order:created", makeOrder({ id: "a", seq: 12 }));
    socket.fire("order:created", makeOrder({ ...paying, seq: 13, status: "placed", paymentStatus: "paid" }));
    socket.fire("order:updated", makeOrder({ ...paying, seq: 13, status: "placed", paymentStatus: "paid" }));
    await vi.advanceTimersByTimeAsync(5000);
    expect(fetchOrders.mock.calls.map(([since]) => since)).toEqual([undefined, 10]);
    expect(received.filter((batch) => batch.source === "event").map((batch) => batch.ids)).toEqual([
      ["p"],
      ["a"],
      ["p"],
      ["p"],
    ]);
    // The watermark followed every one of them: a reconnect resumes after the paid order.
    socket.fire("disconnect", "transport close");
    socket.fire("connect");
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchOrders.mock.calls.map(([since]) => since)).toEqual([undefined, 10, 13]);
  });

  it("keeps asking, less often, while the request for a hole fails", async () => {
    vi.useFakeTimers();
    const { socket, fetchOrders } = setup([list([], 10), list([], 10), offline, list([], 12)]);
    await vi.advanceTimersByTimeAsync(0);
    socket.fire("connect");
    await vi.advanceTimersByTimeAsync(0);
    socket.fire("order:updated", makeOrder({ id: "b", seq: 12 }));
    await vi.advanceTimersByTimeAsync(500); // first try fails…
    await vi.advanceTimersByTimeAsync(999);
    expect(fetchOrders.mock.calls.map(([since]) => since)).toEqual([undefined, 10, 10]);
    await vi.advanceTimersByTimeAsync(1); // …the second comes after twice the delay
    expect(fetchOrders.mock.calls.map(([since]) => since)).toEqual([undefined, 10, 10, 10]);
    await vi.advanceTimersByTimeAsync(60_000); // and once it got through, nothing more
    expect(fetchOrders).toHaveBeenCalledTimes(4);
  });

  it("retries a failed catch-up while the socket stays connected", async () => {
    const { socket, fetchOrders, statuses } = setup([list([], 3), offline, list([], 5)]);
    await flush();
    socket.fire("connect");
    await vi.waitFor(() => expect(statuses.at(-1)).toBe("live"));
    expect(fetchOrders.mock.calls.map(([since]) => since)).toEqual([undefined, 3, 3]);
  });

  it("ignores event payloads that do not match the shared order schema", async () => {
    const { socket, received } = setup([list([], 0), list([], 0)]);
    vi.spyOn(console, "warn").mockImplementation(() => {});
    socket.fire("connect");
    await flush();
    socket.fire("order:created", { id: "broken" });
    expect(received.filter((batch) => batch.source === "event")).toEqual([]);
  });

  it("shows the board before the socket connects, but never calls it live", async () => {
    const { received, statuses } = setup([list([makeOrder({ id: "a", seq: 1 })], 1)]);
    await flush();
    expect(received).toEqual([{ ids: ["a"], source: "snapshot" }]);
    expect(statuses).toEqual([]);
  });

  it("reports an ended session when the handshake is refused", () => {
    const { socket, onUnauthorized } = setup([]);
    socket.fire("connect_error", new Error("unauthorized"));
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });
});
