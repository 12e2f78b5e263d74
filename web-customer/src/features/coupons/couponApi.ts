import { type CouponPreviewRequest, couponRoutes } from "@tabletap/shared";
import { call } from "../../lib/api";

/** Checks a code against the cart as it would be ordered; the order checks again when it is placed. */
export const previewCoupon = (body: CouponPreviewRequest, signal?: AbortSignal) =>
  call(couponRoutes.previewCoupon, { body, signal });
