import { z } from "zod";
import { paymentModes } from "../menu/schemas.js";

/** The online payment providers the product knows; a deployment offers those it has keys for. */
export const paymentProviderNames = ["sandbox", "stripe", "alipay"] as const;
export type PaymentProviderName = (typeof paymentProviderNames)[number];

// The runtime's lists are long and built on every call, and a zone or code is checked on every save.
let timeZones: Set<string> | undefined;
let currencies: Set<string> | undefined;

/** An IANA time zone the runtime knows (some runtimes leave "UTC" out of their list). */
export function isTimeZone(zone: string): boolean {
  timeZones ??= new Set(Intl.supportedValuesOf("timeZone"));
  return zone === "UTC" || timeZones.has(zone);
}

/** An ISO 4217 code the runtime can format (e.g. CNY, USD, JPY). */
export function isCurrencyCode(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf("currency"));
  return /^[A-Z]{3}$/.test(code) && currencies.has(code);
}

export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isTimeZone, "an IANA time zone such as Asia/Shanghai");
export const currencyCodeSchema = z.string().max(3).refine(isCurrencyCode, "an ISO 4217 code such as CNY");

/** How a shop takes money and keeps time. Orders keep the currency and payment method they were placed with. */
export const shopSettingsSchema = z
  .object({
    paymentMode: z.enum(paymentModes),
    paymentProvider: z.string().describe("sandbox, stripe or alipay"),
    timezone: z.string().describe("IANA time zone: business days, reports and CSV times"),
    currency: z.string().describe("ISO 4217 code; menu prices are stored in its minor unit"),
  })
  .meta({ id: "ShopSettings" });

export const shopSettingsViewSchema = shopSettingsSchema
  .extend({
    availableProviders: z
      .array(z.enum(paymentProviderNames))
      .describe("Providers this deployment has keys for; only these can be chosen"),
  })
  .meta({ id: "ShopSettingsView" });

/** A change to some of the settings; at least one field. */
export const shopSettingsChangeSchema = z
  .object({
    paymentMode: z.enum(paymentModes).optional(),
    paymentProvider: z.enum(paymentProviderNames).optional(),
    timezone: timeZoneSchema.optional(),
    currency: currencyCodeSchema.optional(),
  })
  .strict()
  .refine((change) => Object.keys(change).length > 0, "change at least one setting")
  .meta({ id: "ShopSettingsChange" });

export type ShopSettings = z.infer<typeof shopSettingsSchema>;
export type ShopSettingsView = z.infer<typeof shopSettingsViewSchema>;
export type ShopSettingsChange = z.infer<typeof shopSettingsChangeSchema>;
