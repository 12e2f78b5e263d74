import { z } from "zod";

const clockTime = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * When a category or item can be ordered: on the given days, from `from` until `until` (not included), on the
 * shop's clock. Days are 0 = Sunday … 6 = Saturday. A window does not run past midnight: a late night is two
 * windows.
 */
export const hoursWindowSchema = z
  .object({
    days: z
      .array(z.int().min(0).max(6))
      .min(1)
      .max(7)
      .refine((days) => new Set(days).size === days.length, "each day at most once")
      .describe("0 = Sunday … 6 = Saturday"),
    from: z.string().regex(clockTime, "must be HH:MM (00:00–23:59)").describe("Shop's clock, HH:MM"),
    until: z
      .string()
      .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, "must be HH:MM (00:01–24:00)")
      .describe("Shop's clock, HH:MM, not included; 24:00 is midnight"),
  })
  .strict()
  .refine((window) => window.from < window.until, {
    message: "until must be later than from",
    path: ["until"],
  })
  .meta({ id: "HoursWindow" });

/** Empty: any time. Otherwise orderable only inside one of the windows. */
export const hoursSchema = z.array(hoursWindowSchema).max(14).meta({ id: "Hours" });

export type HoursWindow = z.infer<typeof hoursWindowSchema>;
export type Hours = HoursWindow[];
