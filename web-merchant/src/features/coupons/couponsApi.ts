import {
  type Coupon,
  type CouponDraft,
  type CouponList,
  type CouponUpdateRequest,
  couponEnvelopeSchema,
  couponListSchema,
} from "@tabletap/shared";
import { type ApiResult, request, type Schema } from "../../lib/api";

// Changes answer `{coupon}`; screens want the coupon itself.
const couponEnvelope: Schema<Coupon> = {
  safeParse(input) {
    const parsed = couponEnvelopeSchema.safeParse(input);
    return parsed.success ? { success: true, data: parsed.data.coupon } : { success: false };
  },
};

export const couponsApi = {
  list: (): Promise<ApiResult<CouponList>> => request("/api/merchant/coupons", couponListSchema),
  create: (draft: CouponDraft) =>
    request("/api/merchant/coupons", couponEnvelope, { method: "POST", body: draft }),
  update: (id: string, change: CouponUpdateRequest) =>
    request(`/api/merchant/coupons/${encodeURIComponent(id)}`, couponEnvelope, {
      method: "PATCH",
      body: change,
    }),
};
