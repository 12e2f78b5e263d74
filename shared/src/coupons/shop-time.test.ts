import { describe, expect, it } from "vitest";
import { fromShopTime, toShopTime } from "./shop-time.js";

describe("shop time", () => {
  it("reads a wall time in the shop's zone", () => {
    expect(new Date(fromShopTime("2026-12-24T18:00", "Asia/Shanghai")).toISOString()).toBe(
      "2026-12-24T10:00:00.000Z",
    );
    expect(new Date(fromShopTime("2026-07-01T09:30", "America/New_York")).toISOString()).toBe(
      "2026-07-01T13:30:00.000Z",
    );
    expect(new Date(fromShopTime("2026-01-01T09:30", "America/New_York")).toISOString()).toBe(
      "2026-01-01T14:30:00.000Z",
    );
  });

  it("round-trips through the shop's wall clock", () => {
    for (const zone of ["Europe/London", "Asia/Kolkata", "Pacific/Auckland", "UTC"]) {
      expect(toShopTime(fromShopTime("2026-03-29T12:45", zone), zone)).toBe("2026-03-29T12:45");
    }
  });
});
