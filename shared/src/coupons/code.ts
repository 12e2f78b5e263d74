import { z } from "zod";

/** Most minor units a fixed coupon, a minimum spend or a tip may be: far above any café bill. */
export const MAX_MONEY = 10_000_000;

/** What diners type: letters, digits, - and _; stored and compared upper-case, so "summer10" works too. */
export const couponCodeSchema = z
  .string()
  .trim()
  .min(3, "must be at least 3 characters")
  .max(32, "must be at most 32 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "letters, digits, - and _ only")
  .transform((code) => code.toUpperCase());

/**
 * A random id the diner app keeps in the browser's storage. A weak identity (clearing storage or another
 * browser makes a new one): per-device limits are a promotion rule, not security.
 */
export const deviceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "is not a device id");
