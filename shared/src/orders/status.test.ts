import { describe, expect, it } from "vitest";
import { canTransition, isFinal, nextStatuses, orderStatuses } from "./status.js";

describe("order status machine", () => {
  it("walks the kitchen path one step at a time", () => {
    const path = ["placed", "accepted", "preparing", "ready", "completed"] as const;
    for (const [from, to] of path.slice(0, -1).map((status, i) => [status, path[i + 1] ?? status] as const)) {
      expect(canTransition(from, to)).toBe(true);
    }
    expect(canTransition("placed", "ready")).toBe(false);
    expect(canTransition("placed", "completed")).toBe(false);
  });

  it("never leaves a final status, and every live status can be cancelled", () => {
    for (const status of orderStatuses) {
      if (isFinal(status)) expect(nextStatuses(status)).toEqual([]);
      else expect(canTransition(status, "cancelled")).toBe(true);
    }
    expect(orderStatuses.filter(isFinal)).toEqual(["completed", "cancelled", "expired"]);
  });

  it("never goes backwards", () => {
    expect(canTransition("ready", "preparing")).toBe(false);
    expect(canTransition("accepted", "placed")).toBe(false);
    expect(canTransition("placed", "pending_payment")).toBe(false);
  });

  it("only expires orders still waiting for payment", () => {
    expect(orderStatuses.filter((s) => canTransition(s, "expired"))).toEqual(["pending_payment"]);
  });
});
