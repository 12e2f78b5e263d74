import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { error, json } from "../../http/openapi-parts.js";
import { sandboxNotificationSchema } from "./sandbox/sandbox.provider.js";

// Providers' own bodies, as far as the server reads them; every other field they send is signed and kept too.
const stripeEventSchema = z
  .looseObject({
    id: z.string(),
    object: z.literal("event"),
    type: z.string().meta({ description: "`checkout.session.*` and `charge.refund*` events are read" }),
    data: z.looseObject({ object: z.looseObject({}) }),
  })
  .meta({ id: "StripeEvent", description: "Stripe's Event object, signed in `Stripe-Signature`" });
const alipayNotificationSchema = z
  .looseObject({
    notify_id: z.string(),
    app_id: z.string(),
    seller_id: z.string(),
    out_trade_no: z.string(),
    trade_status: z.string(),
    total_amount: z.string(),
    sign: z.string(),
    sign_type: z.literal("RSA2").optional(),
  })
  .meta({
    id: "AlipayNotification",
    description: "Alipay's asynchronous notification, RSA2-signed in `sign`",
  });

export const webhookPaths: ZodOpenApiPathsObject = {
  "/api/webhooks/{provider}": {
    post: {
      operationId: "receivePaymentNotification",
      tags: ["providers"],
      summary: "Signed payment notifications (sandbox, stripe, alipay); the raw body is verified",
      description: [
        "Stripe and Alipay send their own documented bodies and signatures (`Stripe-Signature`; Alipay's RSA `sign`).",
        "",
        "**Sandbox contract.** Body: `SandboxNotification` as JSON. Header `Sandbox-Signature: t=<unix seconds>,v1=<hex>`",
        'where `v1 = HMAC-SHA256(key, "<t>.<raw body>")` and `key` is the lowercase hex of',
        '`HMAC-SHA256(SESSION_SECRET, "sandbox-webhook")` (the HMAC key is that 64-character hex string).',
        "The signature is checked over the raw bytes before parsing; `t` more than 5 minutes from the server's clock is refused as stale.",
        'Answer: `200 {"received": true, "duplicate": false}` once the event is stored with its confirmation job,',
        "`duplicate: true` for an event id seen before (nothing more happens); any non-2xx is retried with backoff by the sender.",
      ].join("\n"),
      requestParams: {
        path: z.object({ provider: z.enum(["sandbox", "stripe", "alipay"]) }),
        header: z.object({
          "Sandbox-Signature": z
            .string()
            .optional()
            .meta({ description: "Sandbox only: `t=<unix seconds>,v1=<hex HMAC-SHA256>`" }),
          "Stripe-Signature": z.string().optional().meta({ description: "Stripe only" }),
        }),
      },
      requestBody: {
        description:
          "Sandbox: `SandboxNotification`; Stripe: its `Event`; Alipay: its form-encoded notification. At most 64 kB, verified raw",
        content: {
          "application/json": { schema: z.union([sandboxNotificationSchema, stripeEventSchema]) },
          "application/x-www-form-urlencoded": { schema: alipayNotificationSchema },
        },
      },
      responses: {
        "200": {
          description: "Stored (or already stored) and queued; Alipay gets a plain `success`",
          content: {
            ...json(z.object({ received: z.literal(true), duplicate: z.boolean() })).content,
            "text/plain": { schema: z.literal("success") },
          },
        },
        "400": error("Forged, stale or unreadable notification (`invalid_signature`); nothing stored"),
        "404": error("No such provider on this deployment (`not_found`)"),
        "413": error("A body over 64 kB (`payload_too_large`)"),
        "415": error("A `Content-Encoding` the server cannot read (`unsupported_media_type`)"),
      },
    },
  },
};
