import { z } from "zod";
import type { dinerLanguages } from "./ready-push.js";

// The list of ready-push.ts again, held equal to it by its type: the diner's first screen imports that
// module, and the response schemas it loads later (these among them) must not share one with it.
const languages: typeof dinerLanguages = ["en", "zh-CN"];

const base64url = z
  .string()
  .regex(/^[A-Za-z0-9_-]+={0,2}$/)
  .max(200);

/** `PushSubscription.toJSON()` from the diner's browser, sent after the order is placed. */
export const pushSubscriptionRequestSchema = z
  .object({
    endpoint: z.url({ protocol: /^https?$/ }).max(2000),
    expirationTime: z.number().nullable().optional(),
    keys: z.object({ p256dh: base64url, auth: base64url }).strict(),
    language: z
      .enum(languages)
      .optional()
      .describe("The language the ready push is written in: the diner page's at sign-up (default en)"),
  })
  .strict()
  .meta({ id: "PushSubscriptionRequest" });

export const vapidPublicKeySchema = z.object({ publicKey: z.string() }).meta({ id: "VapidPublicKey" });

export type PushSubscriptionRequest = z.infer<typeof pushSubscriptionRequestSchema>;

/**
 * The JSON body of a Web Push, as the server sends it and the diner app's service worker shows it.
 * `url` is the order page a tap on the notification opens.
 */
export interface PushMessage {
  title: string;
  body: string;
  url: string;
}

/** Why a payment needs a person. */
export const paymentAlertReasons = [
  /** The provider reported a different amount or currency: the order stays unpaid, the money is unchecked. */
  "amount_mismatch",
  /** The money came after the order had run out of time (or was cancelled): it is refunded automatically. */
  "late_payment_refunded",
  /** The provider refused a refund on every retry: it has to be made by hand. */
  "refund_failed",
] as const;
export type PaymentAlertReason = (typeof paymentAlertReasons)[number];

const money = { amount: z.int(), currency: z.string().length(3) };

/** Sent to the shop's staff (`payment:alert`) and emailed to its owners when a payment needs a person. */
export const paymentAlertSchema = z
  .object({
    orderId: z.string(),
    pickupNumber: z.int(),
    tableLabel: z.string(),
    reason: z.enum(paymentAlertReasons),
    ...money,
    reported: z
      .object(money)
      .optional()
      .describe("What the provider reported, when it differs from the order (amount_mismatch)"),
    at: z.iso.datetime(),
    message: z.string().describe("The same news in plain English, as in the owners' email"),
  })
  .meta({ id: "PaymentAlert" });

/** `amount` and `currency` are the order's total; `reported` is what the provider said it took. */
export type PaymentAlert = z.infer<typeof paymentAlertSchema>;
