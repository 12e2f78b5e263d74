import type { CouponPreview, CouponPreviewRequest } from "@tabletap/shared";
import { request } from "../../lib/api";

/** Checks a code against the cart as it would be ordered; the order checks again when it is placed. */
export function previewCoupon(body: CouponPreviewRequest, signal?: AbortSignal): Promise<CouponPreview> {
  return request<CouponPreview>("/api/coupons/preview", { method: "POST", body, signal });
}
