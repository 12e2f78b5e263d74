import {
  type CouponList,
  type CouponPreview,
  couponCreateRequestSchema,
  couponPreviewRequestSchema,
  couponUpdateRequestSchema,
} from "@tabletap/shared";
import { Router } from "express";
import type { Db } from "../../db/database.js";
import { sendFailure } from "../../http/error-status.js";
import { HttpError, parseOr400 } from "../../http/errors.js";
import { uuidParam } from "../../http/ids.js";
import { currentStaff, requirePermission } from "../auth/index.js";
import { priceOrder } from "../menu/index.js";
import { findShop } from "../shops/index.js";
import { findActiveTableByToken } from "../tables/index.js";
import {
  createCoupon,
  findCoupon,
  listCoupons,
  noSuchCoupon,
  toCoupon,
  updateCoupon,
} from "./coupons.repository.js";
import { checkCoupon } from "./redeem.js";

export interface CouponRouteDeps {
  db: Db;
  clock: () => number;
}

async function shopOf(db: Db, shopId: string) {
  const shop = await findShop(db, shopId);
  if (!shop) throw new HttpError(404, "not_found", "Shop not found");
  return shop;
}

/** Managers' promotion codes, scoped to the signed-in staff member's shop (another shop's ids are 404). */
export function couponAdminRoutes(deps: CouponRouteDeps): Router {
  const router = Router();
  const manage = requirePermission("coupons.manage");
  const couponId = (id: unknown) => uuidParam(typeof id === "string" ? id : undefined, noSuchCoupon);

  router.get("/coupons", manage, async (_req, res) => {
    const { shopId } = currentStaff(res.locals);
    const shop = await shopOf(deps.db, shopId);
    const rows = await listCoupons(deps.db, shopId);
    const body: CouponList = { coupons: rows.map((row) => toCoupon(row, shop.timezone)) };
    res.set("Cache-Control", "private, no-cache").json(body);
  });

  router.post("/coupons", manage, async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const request = parseOr400(couponCreateRequestSchema, req.body, "coupon");
    const shop = await shopOf(deps.db, shopId);
    const input = { shopId, timeZone: shop.timezone, now: deps.clock(), request };
    const created = await createCoupon(deps.db, input);
    if (!created.ok) return sendFailure(res, created);
    const row = await findCoupon(deps.db, shopId, created.value);
    if (!row) throw new Error(`coupon ${created.value} vanished after insert`);
    res.status(201).json({ coupon: toCoupon(row, shop.timezone) });
  });

  router.patch("/coupons/:id", manage, async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const id = couponId(req.params.id);
    const change = parseOr400(couponUpdateRequestSchema, req.body, "coupon");
    const shop = await shopOf(deps.db, shopId);
    const input = { shopId, id, timeZone: shop.timezone, now: deps.clock(), change };
    const updated = await updateCoupon(deps.db, input);
    if (!updated.ok) return sendFailure(res, updated);
    const row = await findCoupon(deps.db, shopId, id);
    if (!row) throw new HttpError(404, "not_found", noSuchCoupon);
    res.json({ coupon: toCoupon(row, shop.timezone) });
  });

  return router;
}

/**
 * The cart's "Apply": prices the cart from the menu and checks the code against it without taking a use.
 * The order's own transaction checks again and takes the use, so a preview promises nothing.
 */
export function couponPreviewRoutes(deps: CouponRouteDeps): Router {
  const router = Router();
  router.post("/coupons/preview", async (req, res) => {
    const request = parseOr400(couponPreviewRequestSchema, req.body, "coupon");
    const kind = request.tableToken ? "table" : "counter";
    const table = await findActiveTableByToken(deps.db, request.tableToken ?? request.counterToken ?? "");
    if (!table || table.kind !== kind) {
      throw new HttpError(
        404,
        "table_not_found",
        "This QR code is not active. Please ask a member of staff.",
      );
    }
    const shop = await shopOf(deps.db, table.shopId);
    const priced = await priceOrder(deps.db, shop, request, { now: deps.clock() });
    if (!priced.ok) return sendFailure(res, priced);
    const { subtotal } = priced.value;
    const attempt = {
      shop,
      code: request.couponCode,
      subtotal,
      deviceId: request.deviceId,
      now: deps.clock(),
    };
    const checked = await checkCoupon(deps.db, attempt);
    if (!checked.ok) return sendFailure(res, checked);
    const { coupon, discount } = checked.value;
    const body: CouponPreview = {
      couponCode: coupon.code,
      kind: coupon.kind as CouponPreview["kind"],
      value: coupon.value,
      subtotal,
      discount,
      total: subtotal - discount,
    };
    res.set("Cache-Control", "no-store").json(body);
  });
  return router;
}
