import { describe, expect, it } from "vitest";
import { DEFAULT_PREP_MINUTES, estimateWait, median } from "./wait.js";

describe("estimateWait", () => {
  it("falls back to the default preparation time without history", () => {
    const estimate = estimateWait({ medianPrepMinutes: null, minutesSinceAccepted: null, ordersAhead: 0 });
    expect(estimate.basis).toBe("default");
    expect(estimate.fromMinutes).toBeLessThanOrEqual(DEFAULT_PREP_MINUTES);
    expect(estimate.toMinutes).toBeGreaterThanOrEqual(DEFAULT_PREP_MINUTES);
  });

  it("adds a share for each order ahead and subtracts time already spent", () => {
    const alone = estimateWait({ medianPrepMinutes: 10, minutesSinceAccepted: null, ordersAhead: 0 });
    const queued = estimateWait({ medianPrepMinutes: 10, minutesSinceAccepted: null, ordersAhead: 6 });
    const started = estimateWait({ medianPrepMinutes: 10, minutesSinceAccepted: 8, ordersAhead: 0 });
    expect(queued.toMinutes).toBeGreaterThan(alone.toMinutes);
    expect(started.toMinutes).toBeLessThan(alone.toMinutes);
    expect(started.fromMinutes).toBeGreaterThanOrEqual(1);
  });

  it("rounds long waits to five minutes and always gives a range", () => {
    const long = estimateWait({ medianPrepMinutes: 40, minutesSinceAccepted: null, ordersAhead: 3 });
    expect(long.fromMinutes % 5).toBe(0);
    expect(long.toMinutes % 5).toBe(0);
    const overdue = estimateWait({ medianPrepMinutes: 5, minutesSinceAccepted: 60, ordersAhead: 0 });
    expect(overdue.toMinutes).toBeGreaterThan(overdue.fromMinutes);
  });
});

describe("median", () => {
  it("is the middle value, or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});
