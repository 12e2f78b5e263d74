import { describe, expect, it } from "vitest";
import { availabilityAt, bothAvailable, shopWeekTime } from "./availability.js";
import { hoursSchema } from "./hours.js";

const weekdaysBreakfast = [{ days: [1, 2, 3, 4, 5], from: "07:00", until: "11:00" }];
const split = [
  { days: [0, 6], from: "08:00", until: "10:00" },
  { days: [0, 6], from: "17:00", until: "24:00" },
];

describe("hours on the shop's clock", () => {
  it("reads the day and time in the shop's zone, not the machine's", () => {
    // Sunday 23:30 UTC is Monday 07:30 in Shanghai and Sunday 18:30 in New York (EST).
    const at = Date.parse("2026-12-06T23:30:00Z");
    expect(shopWeekTime(at, "Asia/Shanghai")).toEqual({ day: 1, time: "07:30" });
    expect(shopWeekTime(at, "America/New_York")).toEqual({ day: 0, time: "18:30" });
    expect(availabilityAt(weekdaysBreakfast, at, "Asia/Shanghai")).toEqual({ open: true });
    expect(availabilityAt(weekdaysBreakfast, at, "America/New_York")).toEqual({ open: false, from: null });
  });

  it("opens at `from`, closes at `until`, and says when it opens later today", () => {
    const zone = "Europe/London";
    const on = (wall: string) => Date.parse(`${wall}Z`); // London is on UTC in December
    expect(availabilityAt(weekdaysBreakfast, on("2026-12-02T06:59:59"), zone)).toEqual({
      open: false,
      from: "07:00",
    });
    expect(availabilityAt(weekdaysBreakfast, on("2026-12-02T07:00:00"), zone)).toEqual({ open: true });
    expect(availabilityAt(weekdaysBreakfast, on("2026-12-02T10:59:59"), zone)).toEqual({ open: true });
    expect(availabilityAt(weekdaysBreakfast, on("2026-12-02T11:00:00"), zone)).toEqual({
      open: false,
      from: null,
    });
    // Between two windows the next one is named; "until 24:00" runs to midnight.
    expect(availabilityAt(split, on("2026-12-05T12:00:00"), zone)).toEqual({ open: false, from: "17:00" });
    expect(availabilityAt(split, on("2026-12-05T23:59:00"), zone)).toEqual({ open: true });
    expect(availabilityAt(split, on("2026-12-07T09:00:00"), zone)).toEqual({ open: false, from: null });
    expect(availabilityAt([], on("2026-12-07T09:00:00"), zone)).toEqual({ open: true });
    expect(availabilityAt(undefined, on("2026-12-07T09:00:00"), zone)).toEqual({ open: true });
  });

  it("follows daylight saving: 07:00 is 07:00 on the shop's wall on both sides of the change", () => {
    const zone = "Europe/Berlin"; // clocks went forward on Sunday 2026-03-29
    const sunday = [{ days: [0], from: "07:00", until: "08:00" }];
    expect(availabilityAt(sunday, Date.parse("2026-03-22T06:30:00Z"), zone)).toEqual({ open: true }); // CET 07:30
    expect(availabilityAt(sunday, Date.parse("2026-03-29T05:30:00Z"), zone)).toEqual({ open: true }); // CEST 07:30
    expect(availabilityAt(sunday, Date.parse("2026-03-29T06:30:00Z"), zone)).toEqual({
      open: false,
      from: null,
    });
  });

  it("combines a dish's and its category's hours: both must be open", () => {
    expect(bothAvailable({ open: true }, { open: false, from: "17:00" })).toEqual({
      open: false,
      from: "17:00",
    });
    expect(bothAvailable({ open: false, from: "11:00" }, { open: false, from: "09:00" })).toEqual({
      open: false,
      from: "11:00",
    });
    expect(bothAvailable({ open: false, from: "11:00" }, { open: false, from: null })).toEqual({
      open: false,
      from: null,
    });
  });

  it("accepts only windows on the clock", () => {
    expect(hoursSchema.safeParse(split).success).toBe(true);
    for (const bad of [
      [{ days: [1], from: "11:00", until: "11:00" }],
      [{ days: [1], from: "25:00", until: "26:00" }],
      [{ days: [8], from: "07:00", until: "08:00" }],
      [{ days: [1], from: "07:00", until: "24:01" }],
    ]) {
      expect(hoursSchema.safeParse(bad).success).toBe(false);
    }
  });
});
