import { describe, expect, it } from "vitest";
import { buildBoard, forwardActions } from "./boardModel";
import { makeOrder } from "./testOrders";

describe("buildBoard", () => {
  // 00:30 on the 15th in Dublin (UTC+0 in March) is still the 14th in New York.
  const orders = new Map(
    [
      makeOrder({ id: "old-active", seq: 1, status: "preparing", createdAt: "2025-03-13T09:00:00.000Z" }),
      makeOrder({ id: "old-done", seq: 2, status: "completed", createdAt: "2025-03-14T23:50:00.000Z" }),
      makeOrder({ id: "done", seq: 3, status: "completed", createdAt: "2025-03-15T00:30:00.000Z" }),
      makeOrder({ id: "gone", seq: 4, status: "cancelled", createdAt: "2025-03-15T00:40:00.000Z" }),
      makeOrder({ id: "paying", seq: 5, status: "pending_payment" }),
    ].map((order) => [order.id, order]),
  );

  it("keeps active orders of any age but only today's finished ones, in the shop's timezone", () => {
    const board = buildBoard(orders, "2025-03-15", "Europe/Dublin");
    expect(board.columns.preparing.map((order) => order.id)).toEqual(["old-active"]);
    expect(board.columns.completed.map((order) => order.id)).toEqual(["done"]);
    expect(board.cancelled.map((order) => order.id)).toEqual(["gone"]);
    expect(board.columns.placed).toEqual([]);
  });

  it("leaves out pay-first orders that never reached the kitchen, even once they end", () => {
    const payFirst = { paymentMethod: "online", createdAt: "2025-03-15T00:50:00.000Z" } as const;
    const board = buildBoard(
      new Map(
        [
          makeOrder({ id: "waiting", seq: 6, status: "pending_payment", ...payFirst }),
          makeOrder({ id: "ran-out", seq: 7, status: "expired", ...payFirst }),
          makeOrder({ id: "late-refund", seq: 8, status: "expired", paymentStatus: "refunded", ...payFirst }),
          makeOrder({ id: "never-paid", seq: 9, status: "cancelled", ...payFirst }),
          makeOrder({ id: "paid", seq: 10, status: "placed", paymentStatus: "paid", ...payFirst }),
          makeOrder({
            id: "refunding",
            seq: 11,
            status: "cancelled",
            paymentStatus: "refund_pending",
            ...payFirst,
          }),
        ].map((order) => [order.id, order]),
      ),
      "2025-03-15",
      "Europe/Dublin",
    );
    expect(board.columns.placed.map((order) => order.id)).toEqual(["paid"]);
    expect(board.cancelled.map((order) => order.id)).toEqual(["refunding"]);
    expect(
      Object.values(board.columns)
        .flat()
        .map((order) => order.id),
    ).toEqual(["paid"]);
  });

  it("queues waiting orders by when the kitchen got them: a pay-first order by its payment", () => {
    const board = buildBoard(
      new Map(
        [
          makeOrder({
            id: "paid-late",
            seq: 8,
            paymentMethod: "online",
            paymentStatus: "paid",
            createdAt: "2025-03-15T10:00:00.000Z",
            placedAt: "2025-03-15T10:04:00.000Z",
          }),
          makeOrder({ id: "counter", seq: 7, createdAt: "2025-03-15T10:02:00.000Z" }),
        ].map((order) => [order.id, order]),
      ),
      "2025-03-15",
      "Europe/Dublin",
    );
    expect(board.columns.placed.map((order) => order.id)).toEqual(["counter", "paid-late"]);
  });

  it("uses the shop's day, not UTC", () => {
    const board = buildBoard(orders, "2025-03-14", "America/New_York");
    expect(board.columns.completed.map((order) => order.id).sort()).toEqual(["done", "old-done"]);
  });
});

describe("forwardActions", () => {
  it("offers the usual next step first and never offers cancel as a forward step", () => {
    expect(forwardActions(makeOrder({ id: "a", seq: 1, status: "accepted" }))).toEqual([
      "preparing",
      "ready",
    ]);
    expect(forwardActions(makeOrder({ id: "a", seq: 1, status: "completed" }))).toEqual([]);
  });
});
