import { describe, expect, it } from "vitest";
import { BUCKET_MS, localHourOf } from "./local-hours.js";

const bucketOf = (iso: string) => Math.floor(Date.parse(iso) / BUCKET_MS);

describe("local hour of an order", () => {
  it("follows the shop's clock, not the server's, across New York's DST changes", () => {
    const ny = localHourOf("America/New_York");
    // 2026-03-08 02:00 EST jumps to 03:00 EDT: 06:59Z is 01:59 local, 07:00Z is 03:00 local.
    expect(ny(bucketOf("2026-03-08T06:45:00Z"))).toBe(1);
    expect(ny(bucketOf("2026-03-08T07:00:00Z"))).toBe(3);
    // 2026-11-01 02:00 EDT falls back to 01:00 EST: 01:xx happens twice.
    expect(ny(bucketOf("2026-11-01T05:30:00Z"))).toBe(1);
    expect(ny(bucketOf("2026-11-01T06:30:00Z"))).toBe(1);
  });

  it("puts Shanghai's evening and India's half-hour offset in the right hour", () => {
    expect(localHourOf("Asia/Shanghai")(bucketOf("2026-05-01T15:59:00Z"))).toBe(23);
    expect(localHourOf("Asia/Shanghai")(bucketOf("2026-05-01T16:00:00Z"))).toBe(0);
    expect(localHourOf("Asia/Kolkata")(bucketOf("2026-05-01T18:15:00Z"))).toBe(23);
    expect(localHourOf("Asia/Kolkata")(bucketOf("2026-05-01T18:30:00Z"))).toBe(0);
  });
});
