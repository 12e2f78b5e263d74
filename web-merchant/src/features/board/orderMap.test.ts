import { describe, expect, it } from "vitest";
import { mergeOrders } from "./orderMap";
import { makeOrder } from "./testOrders";

describe("mergeOrders", () => {
  it("keeps the copy with the higher seq whatever order they arrive in", () => {
    const placed = makeOrder({ id: "a", seq: 1, status: "placed" });
    const ready = makeOrder({ id: "a", seq: 5, status: "ready" });
    const newerFirst = mergeOrders(mergeOrders(new Map(), [ready]).orders, [placed]).orders;
    const olderFirst = mergeOrders(mergeOrders(new Map(), [placed]).orders, [ready]).orders;
    expect(newerFirst.get("a")?.status).toBe("ready");
    expect(olderFirst.get("a")?.status).toBe("ready");
  });

  it("returns the same map when nothing is newer, so React can skip the render", () => {
    const current = mergeOrders(new Map(), [makeOrder({ id: "a", seq: 3 })]).orders;
    expect(mergeOrders(current, [makeOrder({ id: "a", seq: 3 })]).orders).toBe(current);
  });

  it("reports orders that newly became placed, and only those", () => {
    const start = mergeOrders(new Map(), [
      makeOrder({ id: "paying", seq: 1, status: "pending_payment" }),
      makeOrder({ id: "known", seq: 2, status: "placed" }),
    ]).orders;
    const { arrivals } = mergeOrders(start, [
      makeOrder({ id: "paying", seq: 3, status: "placed" }),
      makeOrder({ id: "known", seq: 4, status: "accepted" }),
      makeOrder({ id: "fresh", seq: 5, status: "placed" }),
    ]);
    expect(arrivals.map((order) => order.id)).toEqual(["paying", "fresh"]);
  });
});
