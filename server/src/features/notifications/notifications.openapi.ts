import { notificationContract } from "@tabletap/shared";
import { dinerToken, documented, error, paths } from "../../http/openapi-parts.js";

export const notificationPaths = paths(
  documented(notificationContract.getVapidPublicKey, {
    tags: ["diner"],
    summary: "The key browsers subscribe to Web Push with",
    success: "The public VAPID key",
  }),
  documented(notificationContract.subscribeToPush, {
    ...dinerToken,
    summary: "Ask for a push to this browser when the order is ready",
    success: "Subscribed",
    responses: {
      "400": error(
        "Malformed body, or an endpoint that is not a public push service: its host must resolve only to public addresses (no loopback, private, link-local, CGNAT, multicast, documentation, IPv4-mapped or unique-local ones), on port 443 over https (development: also http and port 80), without credentials",
      ),
      "409": error("Enough devices already follow this order (`validation_failed`)"),
    },
  }),
);
