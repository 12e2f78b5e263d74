import { describe, expect, it } from "vitest";
import { addDays, daySpan, daysBetween, isCalendarDay, presetRange, previousPeriod } from "./days.js";

describe("shop day arithmetic", () => {
  it("crosses months, leap days and DST weekends without drifting", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    // The US spring-forward Sunday and the Sao Paulo machine timezone must not change calendar math.
    expect(addDays("2026-03-07", 2)).toBe("2026-03-09");
    expect(daysBetween("2026-10-31", "2026-11-02")).toEqual(["2026-10-31", "2026-11-01", "2026-11-02"]);
  });

  it("compares a range with the same number of days before it", () => {
    expect(previousPeriod({ from: "2026-03-01", to: "2026-03-31" })).toEqual({
      from: "2026-01-29",
      to: "2026-02-28",
    });
    expect(previousPeriod({ from: "2026-05-10", to: "2026-05-10" })).toEqual({
      from: "2026-05-09",
      to: "2026-05-09",
    });
    expect(daySpan("2026-01-01", "2026-12-31")).toBe(365);
  });

  it("builds presets from the shop's today", () => {
    expect(presetRange("yesterday", "2026-01-01")).toEqual({ from: "2025-12-31", to: "2025-12-31" });
    expect(presetRange("last7", "2026-11-28")).toEqual({ from: "2026-11-22", to: "2026-11-28" });
    expect(presetRange("last30", "2026-11-28").from).toBe("2026-10-30");
  });

  it("accepts only real calendar days", () => {
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2026-1-01")).toBe(false);
  });
});
