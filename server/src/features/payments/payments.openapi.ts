import {
  checkoutRequestSchema,
  checkoutResponseSchema,
  markPaidRequestSchema,
  orderSchema,
} from "@tabletap/shared";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { error, idPath, json, ok, staffOnly } from "../../http/openapi-parts.js";
import { sandboxNotificationSchema } from "./sandbox/sandbox.provider.js";

const dinerToken = { tags: ["diner"], security: [{ orderToken: [] }] };

export const paymentPaths: ZodOpenApiPathsObject = {
  "/api/orders/{id}/checkout": {
    post: {
      ...dinerToken,
      summary:
        "Open the shop's payment provider for a pay-first order; the provider charges total + tip (body optional)",
      requestParams: { path: idPath },
      requestBody: { ...json(checkoutRequestSchema), required: false },
      responses: {
        "201": ok("Where to send the diner", checkoutResponseSchema),
        "400": error("A negative, fractional or huge tip"),
        "404": error("No such order for this token"),
        "409": error(
          "Nothing left to pay, online payment is not available, or a different tip was already chosen (`tip_locked`)",
        ),
        "422": error("A tip above the order's total (`tip_too_large`)"),
        "503": error(
          "The shop's provider is not configured on this deployment (`payment_provider_unavailable`); no other provider is used instead",
        ),
      },
    },
  },
  "/api/merchant/orders/{id}/paid": {
    post: {
      ...staffOnly,
      summary: "The diner paid a counter order at the till, with an optional tip recorded apart from sales",
      requestParams: { path: idPath },
      requestBody: json(markPaidRequestSchema),
      responses: {
        "200": ok("The order, paid", z.object({ order: orderSchema })),
        "400": error("A negative, fractional or huge tip"),
        "422": error("A tip above the order's total (`tip_too_large`)"),
        "404": error("No such order in this shop"),
        "409": error("The order is not waiting to be paid at the counter"),
      },
    },
  },
  "/api/webhooks/{provider}": {
    post: {
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
        }),
      },
      requestBody: {
        description: "Sandbox: `SandboxNotification`; Stripe and Alipay: their own bodies, verified raw",
        ...json(sandboxNotificationSchema),
      },
      responses: {
        "200": {
          description: "Stored (or already stored) and queued; Alipay gets a plain `success`",
          ...json(z.object({ received: z.literal(true), duplicate: z.boolean() })),
        },
        "400": error("Forged, stale or unreadable notification; nothing stored"),
        "404": error("No such provider on this deployment"),
      },
    },
  },
};
