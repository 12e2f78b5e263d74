import { randomUUID } from "node:crypto";
import { type Db, isUniqueViolation } from "../../db/database.js";
import { done, type Outcome, type Result, succeed } from "../../lib/result.js";
import { couponVerdict, deviceLimit, freeDeviceSlot, usedUp } from "./coupon-rules.js";
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
  const taken = await trx
    .updateTable("coupons")
    .set((eb) => ({ usedCount: eb("usedCount", "+", 1) }))
    .where("id", "=", coupon.id)
    .where("paused", "=", 0)
    .where((eb) => eb.or([eb("usageLimit", "is", null), eb("usedCount", "<", eb.ref("usageLimit"))]))
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) !== 1) return usedUp();

  let slot: number | null = null;
  if (coupon.perDeviceLimit !== null) {
    slot = freeDeviceSlot(await deviceSlots(trx, coupon.id, use.deviceId), coupon.perDeviceLimit);
    if (slot === null) return deviceLimit();
  }
  try {
    await trx
      .insertInto("couponRedemptions")
      .values({
        id: randomUUID(),
        couponId: coupon.id,
        shopId: use.shopId,
        orderId: use.orderId,
        deviceId: use.deviceId,
        deviceSlot: slot,
        createdAt: use.now,
      })
      .execute();
  } catch (error) {
    // Another order from this phone took the same slot a moment earlier.
    if (isUniqueViolation(error)) return deviceLimit();
    throw error;
  }
  return done;
}

/**
 * An order that ends cancelled or expired gives its use back (paid or not: a cancelled paid order is
 * refunded, so the diner got nothing for it). Called by every status change into those states.
 */
export async function releaseCoupon(trx: Db, orderId: string): Promise<void> {
  const released = await trx
    .deleteFrom("couponRedemptions")
    .where("orderId", "=", orderId)
    .returning("couponId")
    .executeTakeFirst();
  if (!released) return;
  await trx
    .updateTable("coupons")
    .set((eb) => ({ usedCount: eb("usedCount", "-", 1) }))
    .where("id", "=", released.couponId)
    .where("usedCount", ">", 0)
    .execute();
}

async function deviceSlots(db: Db, couponId: string, deviceId: string): Promise<number[]> {
  const rows = await db
    .selectFrom("couponRedemptions")
    .select("deviceSlot")
    .where("couponId", "=", couponId)
    .where("deviceId", "=", deviceId)
    .execute();
  return rows.map((row) => row.deviceSlot ?? 0);
}
