import { type Db, isUniqueViolation } from "../../db/database.js";
import { done, type Outcome, type Result, succeed } from "../../lib/result.js";
import { couponVerdict, deviceLimit, freeDeviceSlot, usedUp } from "./coupon-rules.js";
import { countCouponUse, deviceSlots, insertRedemption } from "./coupon-uses.repository.js";
import { type CouponRow, findCouponByCode } from "./coupons.repository.js";

export interface CouponAttempt {
  shop: { id: string; currency: string; locale: string; timezone: string };
  /** Upper-case, as the shared schema leaves it. */
  code: string;
  subtotal: number;
  /**
   * The diner app's random id from the browser's storage: a weak identity that a new browser or cleared
   * storage replaces. Per-device limits are a promotion rule, not security.
   */
  deviceId: string;
  now: number;
}

export interface AppliedCoupon {
  coupon: CouponRow;
  discount: number;
}

/** Checks every rule (coupon-rules.ts) against what is stored now. */
export async function checkCoupon(db: Db, attempt: CouponAttempt): Promise<Result<AppliedCoupon>> {
  const coupon = await findCouponByCode(db, attempt.shop.id, attempt.code);
  const deviceUses =
    coupon?.perDeviceLimit != null ? (await deviceSlots(db, coupon.id, attempt.deviceId)).length : 0;
  const verdict = couponVerdict(coupon, { ...attempt, deviceUses });
  if (!verdict.ok) return verdict;
  return succeed({ coupon: verdict.coupon, discount: verdict.discount });
}

/**
 * Takes one use of a checked code for an order, inside the order's transaction after the order row. The
 * counter only rises by a conditional update while below the limit, and a device's uses take numbered
 * slots under a unique index, so however many orders race, a code is never used more often than allowed;
 * the losers get a failure, and their caller rolls the order's transaction back whole.
 */
export async function takeCouponUse(
  trx: Db,
  use: { coupon: CouponRow; orderId: string; shopId: string; deviceId: string; now: number },
): Promise<Outcome> {
  const { coupon } = use;
  if (!(await countCouponUse(trx, coupon.id))) return usedUp();

  let slot: number | null = null;
  if (coupon.perDeviceLimit !== null) {
    slot = freeDeviceSlot(await deviceSlots(trx, coupon.id, use.deviceId), coupon.perDeviceLimit);
    if (slot === null) return deviceLimit();
  }
  try {
    await insertRedemption(trx, {
      couponId: coupon.id,
      shopId: use.shopId,
      orderId: use.orderId,
      deviceId: use.deviceId,
      deviceSlot: slot,
      createdAt: use.now,
    });
  } catch (error) {
    // Another order from this phone took the same slot a moment earlier.
    if (isUniqueViolation(error)) return deviceLimit();
    throw error;
  }
  return done;
}
