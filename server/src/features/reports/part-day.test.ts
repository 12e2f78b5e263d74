import { describe, expect, it } from "vitest";
import { partDayCut } from "./part-day.js";

const shop = (iso: string) => ({ timeZone: "Asia/Shanghai", now: Date.parse(iso) });

describe("where a running range's previous period stops", () => {
  it("cuts yesterday at the shop-local time it is now, seconds and all", () => {
    // 10:32:15.250 in Shanghai on 2026-04-05.
    const cut = partDayCut(
      { from: "2026-04-05", to: "2026-04-05" },
      { from: "2026-04-04", to: "2026-04-04" },
      shop("2026-04-05T02:32:15.250Z"),
    );
    expect(cut).toEqual({ day: "2026-04-04", before: Date.parse("2026-04-04T02:32:15.250Z"), time: "10:32" });
  });

  it("cuts the last day of a longer previous period, not its first", () => {
    const cut = partDayCut(
      { from: "2026-04-01", to: "2026-04-07" },
      { from: "2026-03-25", to: "2026-03-31" },
      shop("2026-04-07T15:59:00Z"),
    );
    expect(cut).toMatchObject({
      day: "2026-03-31",
      before: Date.parse("2026-03-31T15:59:00Z"),
      time: "23:59",
    });
  });

  it("goes by the shop's day, which may already be tomorrow in UTC", () => {
    // 00:10 on 2026-04-06 in Shanghai is still 2026-04-05 in UTC (and in the server's own zone).
    const now = shop("2026-04-05T16:10:00Z");
    const today = { from: "2026-04-06", to: "2026-04-06" };
    expect(partDayCut(today, { from: "2026-04-05", to: "2026-04-05" }, now)).toMatchObject({ time: "00:10" });
    const utcToday = { from: "2026-04-05", to: "2026-04-05" };
    expect(partDayCut(utcToday, { from: "2026-04-04", to: "2026-04-04" }, now)).toBeUndefined();
  });

  it("leaves a range that ended before today whole", () => {
    const past = { from: "2026-03-01", to: "2026-03-31" };
    expect(
      partDayCut(past, { from: "2026-01-29", to: "2026-02-28" }, shop("2026-04-05T02:00:00Z")),
    ).toBeUndefined();
  });
});
