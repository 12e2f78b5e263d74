import type { Coupon } from "@tabletap/shared";
import { describe, expect, it } from "vitest";
import { couponStatus, shopNow } from "./couponStatus";

const coupon: Coupon = {
  id: "c",
  code: "SUMMER",
  kind: "percent",
  value: 10,
  minSpend: 0,
  startsAt: "2026-06-01T09:00",
  endsAt: "2026-06-30T21:00",
  usageLimit: 5,
  perDeviceLimit: null,
  used: 0,
  paused: false,
  createdAt: "2026-05-01T00:00:00.000Z",
};

describe("couponStatus", () => {
  it("follows the window in the shop's wall time", () => {
    expect(couponStatus(coupon, "2026-06-01T08:59")).toBe("scheduled");
    expect(couponStatus(coupon, "2026-06-01T09:00")).toBe("active");
    expect(couponStatus(coupon, "2026-06-30T21:00")).toBe("ended");
  });

  it("shows paused and used-up codes as such", () => {
    expect(couponStatus({ ...coupon, paused: true }, "2026-06-10T12:00")).toBe("paused");
    expect(couponStatus({ ...coupon, used: 5 }, "2026-06-10T12:00")).toBe("used_up");
  });

  it("reads the shop's clock, not the browser's", () => {
    const at = Date.UTC(2026, 5, 1, 1, 30);
    expect(shopNow("Asia/Shanghai", at)).toBe("2026-06-01T09:30");
    expect(shopNow("America/New_York", at)).toBe("2026-05-31T21:30");
  });
});
