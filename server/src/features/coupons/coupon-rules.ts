import { type CouponKind, couponDiscount, formatMoney } from "@tabletap/shared";
import { type Failure, fail } from "../../lib/result.js";
import type { CouponRow } from "./coupons.repository.js";

/** A stored coupon's terms, as its row holds them (instants in ms; limits null when there is none). */
export type CouponTerms = Pick<
  CouponRow,
  | "kind"
  | "value"
  | "minSpend"
  | "startsAt"
  | "endsAt"
  | "usageLimit"
  | "perDeviceLimit"
  | "usedCount"
  | "paused"
>;

export interface CouponUse {
  now: number;
  subtotal: number;
  /** Orders this device already holds a use of the code for. */
  deviceUses: number;
  shop: { currency: string; locale: string; timezone: string };
}

export type CouponVerdict<C> = { ok: true; coupon: C; discount: number } | Failure;

/**
 * Every rule a code must pass for one order, in the order a diner can act on them; each refusal says what
 * they can do about it. The window is [startsAt, endsAt): the code works from its first instant and stops
 * at its last; the start is told on the shop's clock, whatever the diner's phone says.
 */
export function couponVerdict<C extends CouponTerms>(
  coupon: C | undefined,
  use: CouponUse,
): CouponVerdict<C> {
  const { shop, now } = use;
  if (!coupon) {
    return fail("coupon_not_found", "We don't recognise this code. Check the spelling and try again.");
  }
  if (coupon.paused === 1) return fail("coupon_paused", "This code can't be used at the moment.");
  if (coupon.startsAt !== null && now < Number(coupon.startsAt)) {
    const startsAt = Number(coupon.startsAt);
    const when = new Intl.DateTimeFormat(shop.locale, {
      timeZone: shop.timezone,
      dateStyle: "medium",
      timeStyle: "short",
    }).format(startsAt);
    return fail("coupon_not_started", `This code isn't valid yet. It works from ${when}.`, {
      startsAt: new Date(startsAt).toISOString(),
      timeZone: shop.timezone,
    });
  }
  if (coupon.endsAt !== null && now >= Number(coupon.endsAt)) {
    return fail("coupon_expired", "Sorry, this code has expired.");
  }
  if (use.subtotal < coupon.minSpend) {
    const minimum = formatMoney(coupon.minSpend, shop.currency, shop.locale);
    return fail("coupon_min_spend", `This code needs an order of at least ${minimum}.`, {
      minSpend: coupon.minSpend,
      currency: shop.currency,
      locale: shop.locale,
    });
  }
  if (coupon.usageLimit !== null && coupon.usedCount >= coupon.usageLimit) return usedUp();
  if (coupon.perDeviceLimit !== null && use.deviceUses >= coupon.perDeviceLimit) return deviceLimit();
  const discount = couponDiscount({ kind: coupon.kind as CouponKind, value: coupon.value }, use.subtotal);
  return { ok: true, coupon, discount };
}

/**
 * The lowest of a device's numbered slots (1..limit) not yet taken. Slots sit under a unique index, so two
 * orders from one phone racing for the same slot cannot both keep it.
 */
export function freeDeviceSlot(taken: readonly number[], limit: number): number | null {
  const used = new Set(taken);
  return Array.from({ length: limit }, (_, i) => i + 1).find((slot) => !used.has(slot)) ?? null;
}

export const usedUp = (): Failure => fail("coupon_used_up", "Sorry, this code has already been used up.");
export const deviceLimit = (): Failure =>
  fail("coupon_device_limit", "You've already used this code on this phone.");
