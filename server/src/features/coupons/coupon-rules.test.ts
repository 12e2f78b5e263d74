import { fromShopTime } from "@tabletap/shared";
import { describe, expect, it } from "vitest";
import { type CouponTerms, couponVerdict, freeDeviceSlot } from "./coupon-rules.js";

const shop = { currency: "USD", locale: "en-US", timezone: "Asia/Shanghai" };
// Christmas Eve dinner at the shop, 18:00–22:00 in Shanghai (10:00–14:00 UTC), whatever the server's zone.
const start = fromShopTime("2026-12-24T18:00", shop.timezone);
const end = fromShopTime("2026-12-24T22:00", shop.timezone);

const terms = (extra: Partial<CouponTerms> = {}): CouponTerms => ({
  kind: "percent",
  value: 10,
  minSpend: 0,
  startsAt: null,
  endsAt: null,
  usageLimit: null,
  perDeviceLimit: null,
  usedCount: 0,
  paused: 0,
  ...extra,
});
const use = (extra: { now?: number; subtotal?: number; deviceUses?: number } = {}) => ({
  now: start,
  subtotal: 2000,
  deviceUses: 0,
  shop,
  ...extra,
});
const reasonOf = (coupon: CouponTerms | undefined, attempt = use()) => {
  const verdict = couponVerdict(coupon, attempt);
  return verdict.ok ? "ok" : verdict.code;
};

describe("a coupon's validity window on the shop's clock", () => {
  const windowed = terms({ startsAt: start, endsAt: end });

  it("works from the first millisecond of its start to the last before its end", () => {
    expect(start).toBe(Date.parse("2026-12-24T10:00:00Z"));
    expect(reasonOf(windowed, use({ now: start - 1 }))).toBe("coupon_not_started");
    expect(reasonOf(windowed, use({ now: start }))).toBe("ok");
    expect(reasonOf(windowed, use({ now: end - 1 }))).toBe("ok");
    expect(reasonOf(windowed, use({ now: end }))).toBe("coupon_expired");
  });

  it("tells a diner who is early when it starts, in the shop's time zone", () => {
    expect(couponVerdict(windowed, use({ now: start - 60_000 }))).toEqual({
      ok: false,
      code: "coupon_not_started",
      // Some ICU versions put a narrow no-break space before "PM".
      message: expect.stringMatching(/^This code isn't valid yet\. It works from Dec 24, 2026, 6:00\sPM\.$/),
      details: { startsAt: "2026-12-24T10:00:00.000Z", timeZone: "Asia/Shanghai" },
    });
  });

  it("has no edge on a side left open", () => {
    expect(reasonOf(terms({ endsAt: end }), use({ now: 0 }))).toBe("ok");
    expect(reasonOf(terms({ startsAt: start }), use({ now: end * 2 }))).toBe("ok");
  });
});

describe("a coupon's other rules", () => {
  it("refuses an unknown code and a paused one", () => {
    expect(couponVerdict(undefined, use())).toMatchObject({
      ok: false,
      code: "coupon_not_found",
    });
    expect(couponVerdict(terms({ paused: 1 }), use())).toMatchObject({
      code: "coupon_paused",
    });
  });

  it("takes an order of exactly the minimum spend and refuses one minor unit less, in the shop's money", () => {
    const coupon = terms({ minSpend: 1500 });
    expect(reasonOf(coupon, use({ subtotal: 1500 }))).toBe("ok");
    expect(couponVerdict(coupon, use({ subtotal: 1499 }))).toEqual({
      ok: false,
      code: "coupon_min_spend",
      message: "This code needs an order of at least $15.00.",
      details: { minSpend: 1500, currency: "USD", locale: "en-US" },
    });
  });

  it("is used up when its uses reach the limit, not before", () => {
    expect(reasonOf(terms({ usageLimit: 3, usedCount: 2 }))).toBe("ok");
    expect(couponVerdict(terms({ usageLimit: 3, usedCount: 3 }), use())).toMatchObject({
      code: "coupon_used_up",
    });
  });

  it("stops a phone at its own limit, not before", () => {
    const coupon = terms({ perDeviceLimit: 2 });
    expect(reasonOf(coupon, use({ deviceUses: 1 }))).toBe("ok");
    expect(couponVerdict(coupon, use({ deviceUses: 2 }))).toMatchObject({
      code: "coupon_device_limit",
    });
    expect(reasonOf(terms(), use({ deviceUses: 50 }))).toBe("ok");
  });

  it("reports the first rule broken, in the order a diner can act on them", () => {
    const everything = terms({
      paused: 1,
      startsAt: end,
      minSpend: 10_000,
      usageLimit: 0,
      perDeviceLimit: 0,
    });
    expect(reasonOf(everything)).toBe("coupon_paused");
    expect(reasonOf({ ...everything, paused: 0 })).toBe("coupon_not_started");
    expect(reasonOf({ ...everything, paused: 0, startsAt: null })).toBe("coupon_min_spend");
    expect(reasonOf({ ...everything, paused: 0, startsAt: null, minSpend: 0 })).toBe("coupon_used_up");
  });
});

describe("what a coupon takes off, in minor units", () => {
  const discount = (coupon: CouponTerms, subtotal: number) => {
    const verdict = couponVerdict(coupon, use({ subtotal }));
    return verdict.ok ? verdict.discount : verdict.code;
  };

  it("rounds a percentage to the nearest minor unit, halves to the diner", () => {
    expect(discount(terms({ value: 15 }), 999)).toBe(150); // 149.85
    expect(discount(terms({ value: 10 }), 1234)).toBe(123); // 123.4
    expect(discount(terms({ value: 50 }), 3)).toBe(2); // 1.5
  });

  it("never takes a fixed amount past the subtotal", () => {
    expect(discount(terms({ kind: "fixed", value: 500 }), 2000)).toBe(500);
    expect(discount(terms({ kind: "fixed", value: 500 }), 499)).toBe(499);
  });

  it("hands back the coupon it judged", () => {
    const coupon = { ...terms(), id: "c1" };
    expect(couponVerdict(coupon, use())).toMatchObject({ ok: true, coupon: { id: "c1" } });
  });
});

describe("a phone's numbered slots for a limited code", () => {
  it("takes the lowest slot free, refilling one given back", () => {
    expect(freeDeviceSlot([], 3)).toBe(1);
    expect(freeDeviceSlot([1, 2], 3)).toBe(3);
    expect(freeDeviceSlot([1, 3], 3)).toBe(2);
  });

  it("has none once every slot up to the limit is taken", () => {
    expect(freeDeviceSlot([1, 2, 3], 3)).toBeNull();
    expect(freeDeviceSlot([2, 1], 2)).toBeNull();
  });
});
