import { describe, expect, it } from "vitest";
import { fromShopTime, localDay, localInstant, shopClockTime, toShopTime } from "./shop-clock.js";

const iso = (at: number) => new Date(at).toISOString();

describe("localDay", () => {
  it("is the shop's calendar day, not the server's", () => {
    const instant = Date.UTC(2026, 2, 1, 17, 30); // 1 March 17:30 UTC
    expect(localDay(instant, "Asia/Shanghai")).toBe("2026-03-02");
    expect(localDay(new Date(instant), "America/New_York")).toBe("2026-03-01");
  });

  it("follows daylight-saving changes", () => {
    // New York springs forward on 8 March 2026: 04:30 UTC is still the 7th locally (23:30 EST).
    expect(localDay(Date.UTC(2026, 2, 8, 4, 30), "America/New_York")).toBe("2026-03-07");
    expect(localDay(Date.UTC(2026, 2, 9, 3, 30), "America/New_York")).toBe("2026-03-08");
  });
});

describe("shop wall time", () => {
  it("reads a wall time in the shop's zone", () => {
    expect(iso(fromShopTime("2026-12-24T18:00", "Asia/Shanghai"))).toBe("2026-12-24T10:00:00.000Z");
    expect(iso(fromShopTime("2026-07-01T09:30", "America/New_York"))).toBe("2026-07-01T13:30:00.000Z");
    expect(iso(fromShopTime("2026-01-01T09:30", "America/New_York"))).toBe("2026-01-01T14:30:00.000Z");
  });

  it("round-trips through the shop's wall clock", () => {
    for (const zone of ["Europe/London", "Asia/Kolkata", "Pacific/Auckland", "UTC"]) {
      expect(toShopTime(fromShopTime("2026-03-29T12:45", zone), zone)).toBe("2026-03-29T12:45");
    }
    expect(toShopTime(Date.UTC(2026, 11, 24, 10, 0, 59), "Asia/Shanghai")).toBe("2026-12-24T18:00");
  });

  it("shifts a time a spring-forward skips by the gap, and takes the first of a doubled hour", () => {
    // New York: 02:30 on 8 March 2026 never happens (01:30 EST is taken); 01:30 on 1 November happens twice.
    expect(iso(fromShopTime("2026-03-08T02:30", "America/New_York"))).toBe("2026-03-08T06:30:00.000Z");
    expect(iso(fromShopTime("2026-11-01T01:30", "America/New_York"))).toBe("2026-11-01T05:30:00.000Z");
    // London: 01:30 on 29 March 2026 never happens; 02:30 BST is taken.
    expect(iso(fromShopTime("2026-03-29T01:30", "Europe/London"))).toBe("2026-03-29T01:30:00.000Z");
  });
});

describe("localInstant", () => {
  it("is the instant the shop's clock shows minutes after its midnight", () => {
    expect(iso(localInstant("2026-05-01", 0, "Asia/Shanghai"))).toBe("2026-04-30T16:00:00.000Z");
    expect(iso(localInstant("2026-05-01", 12 * 60 + 30, "Asia/Kolkata"))).toBe("2026-05-01T07:00:00.000Z");
    expect(localInstant("2026-11-01", 90, "America/New_York")).toBe(
      fromShopTime("2026-11-01T01:30", "America/New_York"),
    );
  });
});

describe("shopClockTime", () => {
  it("writes the shop's clock with the offset then, telling apart the two 1 o'clocks of a fall-back", () => {
    const first = Date.parse("2026-11-01T05:30:15Z");
    expect(shopClockTime(first, "America/New_York")).toEqual({
      wall: "2026-11-01 01:30:15",
      offset: "UTC-04:00",
    });
    expect(shopClockTime(first + 3_600_000, "America/New_York")).toEqual({
      wall: "2026-11-01 01:30:15",
      offset: "UTC-05:00",
    });
    expect(shopClockTime(Date.parse("2026-12-01T10:32:05.900Z"), "Asia/Shanghai")).toEqual({
      wall: "2026-12-01 18:32:05",
      offset: "UTC+08:00",
    });
    expect(shopClockTime(0, "Asia/Kolkata").offset).toBe("UTC+05:30");
  });
});
