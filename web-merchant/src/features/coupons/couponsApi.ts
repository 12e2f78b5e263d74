import { type CouponDraft, type CouponUpdateRequest, couponRoutes } from "@tabletap/shared";
import { call, pick } from "../../lib/api";

// Changes answer `{coupon}`; screens want the coupon itself.
export const couponsApi = {
  list: () => call(couponRoutes.listCoupons, {}),
  create: async (body: CouponDraft) =>
    pick(await call(couponRoutes.createCoupon, { body }), (answer) => answer.coupon),
  update: async (id: string, body: CouponUpdateRequest) =>
    pick(await call(couponRoutes.updateCoupon, { params: { id }, body }), (answer) => answer.coupon),
};
