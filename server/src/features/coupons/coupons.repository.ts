import { randomUUID } from "node:crypto";
import {
  type Coupon,
  type CouponCreateRequest,
  type CouponKind,
  type CouponUpdateRequest,
  fromShopTime,
  toShopTime,
} from "@tabletap/shared";
import type { Selectable } from "kysely";
import { type Db, isUniqueViolation } from "../../db/database.js";
import type { CouponsTable } from "../../db/schema.js";
import { done, fail, type Outcome, type Result, succeed } from "../../lib/result.js";

export type CouponRow = Selectable<CouponsTable>;

export const noSuchCoupon = "No such coupon in this shop";

const codeTaken = () => fail("coupon_code_taken", "Another coupon in this shop already has this code");

const instant = (wall: string | null, timeZone: string) =>
  wall === null ? null : fromShopTime(wall, timeZone);
const wallTime = (at: number | null, timeZone: string) =>
  at === null ? null : toShopTime(Number(at), timeZone);

export function toCoupon(row: CouponRow, timeZone: string): Coupon {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind as CouponKind,
    value: row.value,
    minSpend: row.minSpend,
    startsAt: wallTime(row.startsAt, timeZone),
    endsAt: wallTime(row.endsAt, timeZone),
    usageLimit: row.usageLimit,
    perDeviceLimit: row.perDeviceLimit,
    used: row.usedCount,
    paused: row.paused === 1,
    createdAt: new Date(Number(row.createdAt)).toISOString(),
  };
}

export const listCoupons = (db: Db, shopId: string) =>
  db.selectFrom("coupons").selectAll().where("shopId", "=", shopId).orderBy("createdAt", "desc").execute();

export const findCoupon = (db: Db, shopId: string, id: string) =>
  db.selectFrom("coupons").selectAll().where("shopId", "=", shopId).where("id", "=", id).executeTakeFirst();

export const findCouponByCode = (db: Db, shopId: string, code: string) =>
  db
    .selectFrom("coupons")
    .selectAll()
    .where("shopId", "=", shopId)
    .where("code", "=", code)
    .executeTakeFirst();

export async function createCoupon(
  db: Db,
  input: { shopId: string; timeZone: string; now: number; request: CouponCreateRequest },
): Promise<Result<string>> {
  const { request, timeZone, now } = input;
  const id = randomUUID();
  try {
    await db
      .insertInto("coupons")
      .values({
        id,
        shopId: input.shopId,
        code: request.code,
        kind: request.kind,
        value: request.value,
        minSpend: request.minSpend,
        startsAt: instant(request.startsAt, timeZone),
        endsAt: instant(request.endsAt, timeZone),
        usageLimit: request.usageLimit,
        perDeviceLimit: request.perDeviceLimit,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) return codeTaken();
    throw error;
  }
  return succeed(id);
}

/** Applies a partial change, checking the merged rules (a percentage over 100, an end before the start). */
export async function updateCoupon(
  db: Db,
  input: { shopId: string; id: string; timeZone: string; now: number; change: CouponUpdateRequest },
): Promise<Outcome> {
  const { change, timeZone } = input;
  const current = await findCoupon(db, input.shopId, input.id);
  if (!current) return fail("not_found", noSuchCoupon);
  const value = change.value ?? current.value;
  if (current.kind === "percent" && value > 100) {
    return fail("validation_failed", "Invalid coupon: value: a percentage is at most 100");
  }
  const startsAt = change.startsAt === undefined ? current.startsAt : instant(change.startsAt, timeZone);
  const endsAt = change.endsAt === undefined ? current.endsAt : instant(change.endsAt, timeZone);
  if (startsAt !== null && endsAt !== null && Number(endsAt) <= Number(startsAt)) {
    return fail("validation_failed", "Invalid coupon: endsAt: must be after the start");
  }
  await db
    .updateTable("coupons")
    .set({
      value,
      startsAt,
      endsAt,
      ...(change.minSpend === undefined ? {} : { minSpend: change.minSpend }),
      ...(change.usageLimit === undefined ? {} : { usageLimit: change.usageLimit }),
      ...(change.perDeviceLimit === undefined ? {} : { perDeviceLimit: change.perDeviceLimit }),
      ...(change.paused === undefined ? {} : { paused: change.paused ? 1 : 0 }),
      updatedAt: input.now,
    })
    .where("shopId", "=", input.shopId)
    .where("id", "=", input.id)
    .execute();
  return done;
}
