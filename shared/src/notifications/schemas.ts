import { z } from "zod";

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
  })
  .strict()
  .meta({ id: "PushSubscriptionRequest" });

export const vapidPublicKeySchema = z.object({ publicKey: z.string() }).meta({ id: "VapidPublicKey" });

export type PushSubscriptionRequest = z.infer<typeof pushSubscriptionRequestSchema>;

/** Shown on the board when a provider reported a payment that does not match its order. */
export interface PaymentAlert {
  orderId: string;
  pickupNumber: number;
  reason: "amount_mismatch";
  message: string;
}
