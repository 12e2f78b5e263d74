import { pushSubscriptionRequestSchema, vapidPublicKeySchema } from "@tabletap/shared";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { dinerToken, error, idPath, json, ok } from "../../http/openapi-parts.js";

export const notificationPaths: ZodOpenApiPathsObject = {
  "/api/push/vapid-public-key": {
    get: {
      operationId: "getVapidPublicKey",
      tags: ["diner"],
      summary: "The key browsers subscribe to Web Push with",
      responses: { "200": ok("The public VAPID key", vapidPublicKeySchema) },
    },
  },
  "/api/orders/{id}/push-subscriptions": {
    post: {
      ...dinerToken,
      operationId: "subscribeToPush",
      summary: "Ask for a push to this browser when the order is ready",
      requestParams: { path: idPath },
      requestBody: json(pushSubscriptionRequestSchema),
      responses: {
        "201": ok("Subscribed", z.object({ subscribed: z.literal(true) })),
        "400": error(
          "Malformed body, or an endpoint that is not a public push service: its host must resolve only to public addresses (no loopback, private, link-local, CGNAT, multicast, documentation, IPv4-mapped or unique-local ones), on port 443 over https (development: also http and port 80), without credentials",
        ),
        "409": error("Enough devices already follow this order (`validation_failed`)"),
      },
    },
  },
};
