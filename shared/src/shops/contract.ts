import { contract } from "../http/contract.js";
import * as shopRoutes from "./routes.js";
import { shopSettingsChangeSchema, shopSettingsViewSchema } from "./settings.js";

export const shopSchemas = {
  getShopSettings: { response: shopSettingsViewSchema },
  updateShopSettings: { body: shopSettingsChangeSchema, response: shopSettingsViewSchema },
};

export const shopContract = /* @__PURE__ */ contract(shopRoutes, shopSchemas);
