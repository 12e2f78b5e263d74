import { type ShopSettingsChange, type ShopSettingsView, shopSettingsViewSchema } from "@tabletap/shared";
import { type ApiResult, request } from "../../lib/api";

const PATH = "/api/merchant/shop/settings";

/** The owner's calls for the shop's payment and time settings. */
export const shopSettingsApi = {
  read: (): Promise<ApiResult<ShopSettingsView>> => request(PATH, shopSettingsViewSchema),
  change: (body: ShopSettingsChange): Promise<ApiResult<ShopSettingsView>> =>
    request(PATH, shopSettingsViewSchema, { method: "PATCH", body }),
};
