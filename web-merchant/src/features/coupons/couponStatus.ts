import { type Coupon, toShopTime } from "@tabletap/shared";

export type CouponStatus = "active" | "paused" | "scheduled" | "ended" | "used_up";

export const statusLabels: Record<CouponStatus, string> = {
  active: "Active",
  paused: "Paused",
  scheduled: "Scheduled",
  ended: "Ended",
  used_up: "Used up",
};

/** The shop's wall clock now, in the same "YYYY-MM-DDTHH:mm" form as a coupon's window. */
export const shopNow = (timeZone: string, at = Date.now()): string => toShopTime(at, timeZone);

/** Whether diners can use the code right now, as the server would decide (same-format strings compare as times). */
export function couponStatus(coupon: Coupon, now: string): CouponStatus {
  if (coupon.paused) return "paused";
  if (coupon.endsAt !== null && now >= coupon.endsAt) return "ended";
  if (coupon.usageLimit !== null && coupon.used >= coupon.usageLimit) return "used_up";
  if (coupon.startsAt !== null && now < coupon.startsAt) return "scheduled";
  return "active";
}
