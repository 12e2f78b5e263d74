import {
  minorUnitDigits,
  type PaymentProviderName,
  paymentProviderNames,
  type Shop,
  type ShopSettings,
  type ShopSettingsChange,
  type ShopSettingsView,
  shopSettingsChangeSchema,
} from "@tabletap/shared";
import { Router } from "express";
import type { Db } from "../../db/database.js";
import { HttpError, parseOr400 } from "../../http/errors.js";
import { currentStaff, requirePermission } from "../auth/index.js";
import { changeShopSettings, findShop, findShopSettings } from "./shops.repository.js";

interface ShopSettingsDeps {
  db: Db;
  /** The providers this deployment has keys for; only their names matter here. */
  providers: Readonly<Record<string, unknown>>;
  /**
   * Open menu pages carry the shop's payment mode and currency, so the app has the menu announce itself
   * with the changed shop (menu sits above shops and tells its own pages).
   */
  announceShop: (shopId: string, shop: Shop) => Promise<void>;
}

/**
 * How the shop takes money and keeps time, for owners (`payments.settings`). A change applies to orders
 * placed after it: each order keeps the currency and payment method it was placed with.
 */
export function shopSettingsRoutes(deps: ShopSettingsDeps): Router {
  const router = Router();
  const available = paymentProviderNames.filter((name) => Object.hasOwn(deps.providers, name));
  const view = (settings: ShopSettings): ShopSettingsView => ({ ...settings, availableProviders: available });

  router.get("/shop/settings", requirePermission("payments.settings"), async (_req, res) => {
    const { shopId } = currentStaff(res.locals);
    const settings = await findShopSettings(deps.db, shopId);
    if (!settings) throw new HttpError(404, "not_found", "Shop not found");
    res.set("Cache-Control", "no-store").json(view(settings));
  });

  router.patch("/shop/settings", requirePermission("payments.settings"), async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const change = parseOr400(shopSettingsChangeSchema, req.body, "shop settings");
    const saved = await changeShopSettings(deps.db, shopId, change, (current) =>
      refuseUnusable(change, current, available),
    );
    if (!saved) throw new HttpError(404, "not_found", "Shop not found");
    await announceShop(deps, shopId);
    res.json(view(saved));
  });

  return router;
}

/** Refusals that depend on the deployment or on the shop's current settings, not on the request's shape. */
function refuseUnusable(
  change: ShopSettingsChange,
  current: ShopSettings,
  available: readonly PaymentProviderName[],
): void {
  const provider = change.paymentProvider ?? current.paymentProvider;
  const mode = change.paymentMode ?? current.paymentMode;
  // A provider without keys cannot take a payment; choosing it, or turning online payment on with it, is refused.
  const needsProvider =
    change.paymentProvider !== undefined || (change.paymentMode && mode !== "pay_at_counter");
  if (needsProvider && !(available as readonly string[]).includes(provider)) {
    throw new HttpError(
      422,
      "payment_provider_not_configured",
      `This server has no keys for ${provider}; choose one of: ${available.join(", ")}`,
      { availableProviders: available },
    );
  }
  if (change.currency && minorUnitDigits(change.currency) !== minorUnitDigits(current.currency)) {
    throw new HttpError(
      409,
      "currency_minor_units_differ",
      `Menu prices are stored in minor units (${current.currency} has ${minorUnitDigits(current.currency)} decimals, ${change.currency} has ${minorUnitDigits(change.currency)}), so they would change value; re-enter the menu's prices in a new shop, or choose a currency with the same decimals`,
    );
  }
}

async function announceShop(deps: ShopSettingsDeps, shopId: string): Promise<void> {
  const shop = await findShop(deps.db, shopId);
  if (shop) await deps.announceShop(shopId, shop);
}
