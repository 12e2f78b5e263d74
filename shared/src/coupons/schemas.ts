import { z } from "zod";
import { idSchema } from "../menu/schemas.js";
import { orderLineInputSchema, qrTokenSchema } from "../orders/schemas.js";
import { couponCodeSchema, deviceIdSchema, MAX_MONEY } from "./code.js";

export const couponKinds = ["percent", "fixed"] as const;
export type CouponKind = (typeof couponKinds)[number];

/** Wall-clock time in the shop's timezone, as `<input type="datetime-local">` gives it. */
export const shopTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "must look like 2026-12-31T18:00 (the shop's local time)");

const couponRules = {
  kind: z.enum(couponKinds),
  value: z
    .int()
    .min(1)
    .max(MAX_MONEY)
    .describe("Percent off (1–100) for `percent`; minor units off for `fixed`"),
  minSpend: z.int().min(0).max(MAX_MONEY).describe("Smallest subtotal (minor units) the code applies to"),
  startsAt: shopTimeSchema.nullable().describe("First moment the code works, shop's local time; null: now"),
  endsAt: shopTimeSchema.nullable().describe("Moment the code stops working, shop's local time; null: never"),
  usageLimit: z.int().min(1).max(1_000_000).nullable().describe("Orders the code may discount in all"),
  perDeviceLimit: z.int().min(1).max(1000).nullable().describe("Orders one phone may discount with it"),
};

type Rules = { kind?: CouponKind; value?: number; startsAt?: string | null; endsAt?: string | null };
const percentInRange = (rules: Rules) => rules.kind !== "percent" || (rules.value ?? 0) <= 100;
// Same-format strings compare like the times they name.
const windowInOrder = (rules: Rules) => !rules.startsAt || !rules.endsAt || rules.startsAt < rules.endsAt;

export const couponCreateRequestSchema = z
  .object({
    code: couponCodeSchema,
    ...couponRules,
    minSpend: couponRules.minSpend.default(0),
    startsAt: couponRules.startsAt.default(null),
    endsAt: couponRules.endsAt.default(null),
    usageLimit: couponRules.usageLimit.default(null),
    perDeviceLimit: couponRules.perDeviceLimit.default(null),
  })
  .strict()
  .refine(percentInRange, { message: "a percentage is at most 100", path: ["value"] })
  .refine(windowInOrder, { message: "must be after the start", path: ["endsAt"] })
  .meta({ id: "CouponCreateRequest" });

/** The code itself stays: it may be printed on flyers. Kind and value change together. */
export const couponUpdateRequestSchema = z
  .object({
    value: couponRules.value.optional(),
    minSpend: couponRules.minSpend.optional(),
    startsAt: couponRules.startsAt.optional(),
    endsAt: couponRules.endsAt.optional(),
    usageLimit: couponRules.usageLimit.optional(),
    perDeviceLimit: couponRules.perDeviceLimit.optional(),
    paused: z.boolean().optional().describe("A paused code is refused until it is resumed"),
  })
  .strict()
  .meta({ id: "CouponUpdateRequest" });

export const couponSchema = z
  .object({
    id: idSchema,
    code: z.string(),
    kind: z.enum(couponKinds),
    value: z.int(),
    minSpend: z.int(),
    startsAt: shopTimeSchema.nullable(),
    endsAt: shopTimeSchema.nullable(),
    usageLimit: z.int().nullable(),
    perDeviceLimit: z.int().nullable(),
    used: z.int().describe("Orders that hold a use of the code (cancelled and expired ones give it back)"),
    paused: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Coupon" });

export const couponEnvelopeSchema = z.object({ coupon: couponSchema }).meta({ id: "CouponEnvelope" });
export const couponListSchema = z.object({ coupons: z.array(couponSchema) }).meta({ id: "CouponList" });

/** `POST /api/coupons/preview`: the cart as it would be ordered, and the code to try on it. */
export const couponPreviewRequestSchema = z
  .object({
    tableToken: qrTokenSchema.optional(),
    counterToken: qrTokenSchema.optional(),
    lines: z.array(orderLineInputSchema).min(1).max(50),
    couponCode: couponCodeSchema,
    deviceId: deviceIdSchema,
  })
  .strict()
  .refine((body) => (body.tableToken === undefined) !== (body.counterToken === undefined), {
    message: "send exactly one of tableToken or counterToken",
    path: ["tableToken"],
  })
  .meta({ id: "CouponPreviewRequest" });

export const couponPreviewSchema = z
  .object({
    couponCode: z.string(),
    kind: z.enum(couponKinds),
    value: z.int(),
    subtotal: z.int(),
    discount: z.int(),
    total: z.int(),
  })
  .meta({ id: "CouponPreview" });

export type Coupon = z.infer<typeof couponSchema>;
export type CouponList = z.infer<typeof couponListSchema>;
export type CouponCreateRequest = z.infer<typeof couponCreateRequestSchema>;
/** What a client sends to create a code (defaults left to the server). */
export type CouponDraft = z.input<typeof couponCreateRequestSchema>;
export type CouponUpdateRequest = z.infer<typeof couponUpdateRequestSchema>;
export type CouponPreviewRequest = z.input<typeof couponPreviewRequestSchema>;
export type CouponPreview = z.infer<typeof couponPreviewSchema>;
