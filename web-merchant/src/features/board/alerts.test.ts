import { describe, expect, it } from "vitest";
import {
  ALERT_REPEAT_MS,
  type AlertContext,
  acknowledge,
  alertState,
  shouldSound,
  soundedNow,
  urgencyOf,
} from "./alerts";
import { makeOrder } from "./testOrders";

const placedAt = Date.parse("2025-03-14T10:00:00.000Z");
const minutes = (n: number) => placedAt + n * 60_000;
const order = makeOrder({ id: "o1", seq: 1 });
const context = (overrides: Partial<AlertContext> = {}): AlertContext => ({
  now: minutes(1),
  escalateAfterMs: 5 * 60_000,
  arrivedIds: new Set(["o1"]),
  acks: new Map(),
  ...overrides,
});

describe("urgencyOf", () => {
  it("alerts for an order that arrived here until it is acknowledged", () => {
    expect(urgencyOf(order, context())).toBe("new");
    expect(urgencyOf(order, context({ acks: acknowledge(new Map(), [order], minutes(1), 300_000) }))).toBe(
      "waiting",
    );
  });

  it("does not treat orders already waiting when the board loaded as news", () => {
    expect(urgencyOf(order, context({ arrivedIds: new Set() }))).toBe("waiting");
  });

  it("escalates past the shop's limit even if acknowledged, until acknowledged again", () => {
    const acks = acknowledge(new Map(), [order], minutes(1), 300_000);
    expect(urgencyOf(order, context({ now: minutes(5), acks }))).toBe("escalated");
    expect(urgencyOf(order, context({ now: minutes(5), arrivedIds: new Set() }))).toBe("escalated");
    const again = acknowledge(acks, [order], minutes(6), 300_000);
    expect(urgencyOf(order, context({ now: minutes(7), acks: again }))).toBe("late");
  });

  it("counts a pay-first order's wait from its payment, not from when the diner began paying", () => {
    const paid = {
      ...order,
      paymentMethod: "online" as const,
      paymentStatus: "paid" as const,
      placedAt: new Date(minutes(4)).toISOString(),
    };
    expect(urgencyOf(paid, context({ now: minutes(6) }))).toBe("new");
    expect(urgencyOf(paid, context({ now: minutes(9) }))).toBe("escalated");
  });

  it("stops once the order is accepted, and ignores pay-first orders still waiting for payment", () => {
    expect(urgencyOf({ ...order, status: "accepted" }, context({ now: minutes(30) }))).toBe("none");
    const unpaid = { ...order, paymentMethod: "online" as const, paymentStatus: "unpaid" as const };
    expect(urgencyOf(unpaid, context({ now: minutes(30) }))).toBe("none");
  });
});

describe("alertState and shouldSound", () => {
  const second = makeOrder({ id: "o2", seq: 2, createdAt: new Date(minutes(2)).toISOString() });

  it("is as loud as the most urgent order, listing alerting orders oldest first", () => {
    const state = alertState(
      [second, order],
      context({ now: minutes(6), arrivedIds: new Set(["o1", "o2"]) }),
    );
    expect(state.level).toBe("escalated");
    expect(state.alerting.map((entry) => [entry.order.id, entry.urgency])).toEqual([
      ["o1", "escalated"],
      ["o2", "new"],
    ]);
    expect(alertState([order], context({ acks: new Map([["o1", "new"]]) })).level).toBeNull();
  });

  it("sounds at once for a new alert, then repeats at the level's interval until silenced", () => {
    const state = alertState([order], context());
    expect(shouldSound(state, null, minutes(1))).toBe(true);
    const last = soundedNow(state, minutes(1));
    expect(shouldSound(state, last, minutes(1) + ALERT_REPEAT_MS.new - 1)).toBe(false);
    expect(shouldSound(state, last, minutes(1) + ALERT_REPEAT_MS.new)).toBe(true);
    // A second order arriving sounds straight away, not at the next repeat.
    const both = alertState([order, second], context({ arrivedIds: new Set(["o1", "o2"]) }));
    expect(shouldSound(both, last, minutes(1) + 1000)).toBe(true);
    // The same order turning late sounds straight away, and then twice as often.
    const late = alertState([order], context({ now: minutes(5) }));
    expect(shouldSound(late, last, minutes(5))).toBe(true);
    const lateSound = soundedNow(late, minutes(5));
    expect(shouldSound(late, lateSound, minutes(5) + ALERT_REPEAT_MS.escalated)).toBe(true);
    expect(ALERT_REPEAT_MS.escalated).toBeLessThan(ALERT_REPEAT_MS.new);
    expect(shouldSound(alertState([], context()), lateSound, minutes(9))).toBe(false);
  });
});
