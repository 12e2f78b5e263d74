import { shopSettingsChangeSchema, shopSettingsViewSchema } from "@tabletap/shared";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { error, json, ok, requires } from "../../http/openapi-parts.js";

export const shopSettingsPaths: ZodOpenApiPathsObject = {
  "/api/merchant/shop/settings": {
    get: {
      ...requires("payments.settings"),
      operationId: "getShopSettings",
      summary: "The shop's payment mode, provider, time zone and currency, and the providers on offer",
      responses: {
        "200": ok("Settings", shopSettingsViewSchema),
      },
    },
    patch: {
      ...requires("payments.settings"),
      operationId: "updateShopSettings",
      description:
        "Applies to orders placed afterwards: each order keeps " +
        "the currency and payment method it was placed with, and a pay-first order already waiting can " +
        "still be paid online. Open menu pages hear `menu:changed` with the shop's new settings.",
      summary: "Change some of the shop's payment and time settings",
      requestBody: json(shopSettingsChangeSchema),
      responses: {
        "200": ok("Saved", shopSettingsViewSchema),
        "400": error("Unknown fields, no field, an unknown mode, time zone or ISO 4217 code"),
        "409": error(
          "currency_minor_units_differ: the new currency has another number of decimals; menu prices are stored in minor units and would change value",
        ),
        "422": error("payment_provider_not_configured: this server has no keys for that provider"),
      },
    },
  },
};
