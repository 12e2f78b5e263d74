import { type MerchantRatings, merchantRatingsSchema } from "@tabletap/shared";
import { type ApiResult, request } from "../../lib/api";

/** Diners' ratings per dish, for those who read reports. */
export const ratingsApi = {
  list: (): Promise<ApiResult<MerchantRatings>> => request("/api/merchant/ratings", merchantRatingsSchema),
};
