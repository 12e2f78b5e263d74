import type { CouponKind } from "./schemas.js";

/**
 * What a coupon takes off a subtotal, in minor units. A percentage rounds to the nearest minor unit
 * (halves in the diner's favour); a fixed amount never takes off more than the subtotal, so a total is
 * never below zero.
 */
export function couponDiscount(coupon: { kind: CouponKind; value: number }, subtotal: number): number {
  if (subtotal <= 0) return 0;
  const off = coupon.kind === "percent" ? Math.round((subtotal * coupon.value) / 100) : coupon.value;
  return Math.min(Math.max(off, 0), subtotal);
}
