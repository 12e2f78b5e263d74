import type { Order } from "@tabletap/shared";
import { describe, expect, it } from "vitest";
import { cancelRefundOf } from "./cancelRefund";

const order = (over: Partial<Order>): Order =>
  ({ paymentStatus: "paid", paymentMethod: "counter", total: 3000, tip: 300, ...over }) as Order;

describe("cancelRefundOf", () => {
  it("asks managers to hand counter money back, tip included, and leaves online money to the provider", () => {
    expect(cancelRefundOf(order({}), "manager")).toEqual({ kind: "counter", amount: 3300 });
    expect(cancelRefundOf(order({ paymentMethod: "online", tip: 0 }), "owner")).toEqual({
      kind: "online",
      amount: 3000,
    });
  });

  it("keeps staff from refunding, and has nothing to give back for an unpaid or refunded order", () => {
    expect(cancelRefundOf(order({}), "staff")).toEqual({ kind: "not_allowed", amount: 3300 });
    expect(cancelRefundOf(order({ paymentStatus: "unpaid" }), "staff")).toEqual({ kind: "none" });
    expect(cancelRefundOf(order({ paymentStatus: "refunded" }), "manager")).toEqual({ kind: "none" });
  });
});
