import { shopContract } from "@tabletap/shared";
import { documented, error, paths, requires } from "../../http/openapi-parts.js";

export const shopSettingsPaths = paths(
  documented(shopContract.getShopSettings, {
    ...requires("payments.settings"),
    summary: "The shop's payment mode, provider, time zone and currency, and the providers on offer",
    success: "Settings",
  }),
  documented(shopContract.updateShopSettings, {
    ...requires("payments.settings"),
    description:
      "Applies to orders placed afterwards: each order keeps " +
      "the currency and payment method it was placed with, and a pay-first order already waiting can " +
      "still be paid online. Open menu pages hear `menu:changed` with the shop's new settings.",
    summary: "Change some of the shop's payment and time settings",
    success: "Saved",
    responses: {
      "400": error("Unknown fields, no field, an unknown mode, time zone or ISO 4217 code"),
      "409": error(
        "currency_minor_units_differ: the new currency has another number of decimals; menu prices are stored in minor units and would change value",
      ),
      "422": error("payment_provider_not_configured: this server has no keys for that provider"),
    },
  }),
);
