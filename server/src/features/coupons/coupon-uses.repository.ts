import { randomUUID } from "node:crypto";
import type { Insertable } from "kysely";
import type { Db } from "../../db/database.js";
import type { CouponRedemptionsTable } from "../../db/schema.js";

/**
 * Raises a coupon's use counter only while it is live and below its limit. False when another order took
 * the last use (or the coupon was paused) in the meantime.
 */
export async function countCouponUse(trx: Db, couponId: string): Promise<boolean> {
  const taken = await trx
    .updateTable("coupons")
    .set((eb) => ({ usedCount: eb("usedCount", "+", 1) }))
    .where("id", "=", couponId)
    .where("paused", "=", 0)
    .where((eb) => eb.or([eb("usageLimit", "is", null), eb("usedCount", "<", eb.ref("usageLimit"))]))
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}

/** Records which order (and which device slot) used a coupon; a taken slot throws a unique violation. */
export async function insertRedemption(
  trx: Db,
  redemption: Omit<Insertable<CouponRedemptionsTable>, "id">,
): Promise<void> {
  await trx
    .insertInto("couponRedemptions")
    .values({ id: randomUUID(), ...redemption })
    .execute();
}

/**
 * An order that ends cancelled or expired gives its use back (paid or not: a cancelled paid order is
 * refunded, so the diner got nothing for it). Called by every status change into those states, inside it.
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

/** The slots one device already holds on a coupon. */
export async function deviceSlots(db: Db, couponId: string, deviceId: string): Promise<number[]> {
  const rows = await db
    .selectFrom("couponRedemptions")
    .select("deviceSlot")
    .where("couponId", "=", couponId)
    .where("deviceId", "=", deviceId)
    .execute();
  return rows.map((row) => row.deviceSlot ?? 0);
}
