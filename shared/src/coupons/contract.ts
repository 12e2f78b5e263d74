import { contract } from "../http/contract.js";
import { idParams } from "../http/params.js";
import * as couponRoutes from "./routes.js";
import {
  couponCreateRequestSchema,
  couponEnvelopeSchema,
  couponListSchema,
  couponPreviewRequestSchema,
  couponPreviewSchema,
  couponUpdateRequestSchema,
} from "./schemas.js";

export const couponSchemas = {
  listCoupons: { response: couponListSchema },
  createCoupon: { body: couponCreateRequestSchema, response: couponEnvelopeSchema },
  updateCoupon: { params: idParams, body: couponUpdateRequestSchema, response: couponEnvelopeSchema },
  previewCoupon: { body: couponPreviewRequestSchema, response: couponPreviewSchema },
};

export const couponContract = /* @__PURE__ */ contract(couponRoutes, couponSchemas);
