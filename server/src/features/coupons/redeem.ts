import { randomUUID } from "node:crypto";
import { couponDiscount, formatMoney } from "@tabletap/shared";
import { type Db, isUniqueViolation } from "../../db/database.js";
import { HttpError } from "../../http/errors.js";
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

/** Checks every rule against what is stored now; the refusal says what a diner can do about it. */
export async function checkCoupon(db: Db, attempt: CouponAttempt): Promise<AppliedCoupon> {
  const { shop, now } = attempt;
  const coupon = await findCouponByCode(db, shop.id, attempt.code);
  if (!coupon) {
    throw new HttpError(
      404,
      "coupon_not_found",
      "We don't recognise this code. Check the spelling and try again.",
    );
  }
  if (coupon.paused === 1) {
    throw new HttpError(422, "coupon_paused", "This code can't be used at the moment.");
  }
  if (coupon.startsAt !== null && now < Number(coupon.startsAt)) {
    const when = new Intl.DateTimeFormat(shop.locale, {
      timeZone: shop.timezone,
      dateStyle: "medium",
      timeStyle: "short",
    }).format(Number(coupon.startsAt));
    throw new HttpError(422, "coupon_not_started", `This code isn't valid yet. It works from ${when}.`, {
      startsAt: new Date(Number(coupon.startsAt)).toISOString(),
      timeZone: shop.timezone,
    });
  }
  if (coupon.endsAt !== null && now >= Number(coupon.endsAt)) {
    throw new HttpError(422, "coupon_expired", "Sorry, this code has expired.");
  }
  if (attempt.subtotal < coupon.minSpend) {
    const minimum = formatMoney(coupon.minSpend, shop.currency, shop.locale);
    throw new HttpError(422, "coupon_min_spend", `This code needs an order of at least ${minimum}.`, {
      minSpend: coupon.minSpend,
      currency: shop.currency,
      locale: shop.locale,
    });
  }
  if (coupon.usageLimit !== null && coupon.usedCount >= coupon.usageLimit) throw usedUp();
  if (coupon.perDeviceLimit !== null) {
    const slots = await deviceSlots(db, coupon.id, attempt.deviceId);
    if (slots.length >= coupon.perDeviceLimit) throw deviceLimit();
  }
  return {
    coupon,
    discount: couponDiscount(
      { kind: coupon.kind as "percent" | "fixed", value: coupon.value },
      attempt.subtotal,
    ),
  };
}

/**
 * Takes one use of a checked code for an order, inside the order's transaction after the order row. The
 * counter only rises by a conditional update while below the limit, and a device's uses take numbered
 * slots under a unique index, so however many orders race, a code is never used more often than allowed;
 * the losers' transactions roll back whole.
 */
export async function takeCouponUse(
  trx: Db,
  use: { coupon: CouponRow; orderId: string; shopId: string; deviceId: string; now: number },
): Promise<void> {
  const { coupon } = use;
  const taken = await trx
    .updateTable("coupons")
    .set((eb) => ({ usedCount: eb("usedCount", "+", 1) }))
    .where("id", "=", coupon.id)
    .where("paused", "=", 0)
    .where((eb) => eb.or([eb("usageLimit", "is", null), eb("usedCount", "<", eb.ref("usageLimit"))]))
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) !== 1) throw usedUp();

  let slot: number | null = null;
  if (coupon.perDeviceLimit !== null) {
    const used = new Set(await deviceSlots(trx, coupon.id, use.deviceId));
    slot = Array.from({ length: coupon.perDeviceLimit }, (_, i) => i + 1).find((n) => !used.has(n)) ?? null;
    if (slot === null) throw deviceLimit();
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
    if (isUniqueViolation(error)) throw deviceLimit();
    throw error;
  }
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

const usedUp = () => new HttpError(409, "coupon_used_up", "Sorry, this code has already been used up.");
const deviceLimit = () =>
  new HttpError(409, "coupon_device_limit", "You've already used this code on this phone.");
