import { type ShopSettingsChange, shopRoutes } from "@tabletap/shared";
import { call } from "../../lib/api";

/** The owner's calls for the shop's payment and time settings. */
export const shopSettingsApi = {
  read: () => call(shopRoutes.getShopSettings, {}),
  change: (body: ShopSettingsChange) => call(shopRoutes.updateShopSettings, { body }),
};
