import { pushSubscriptionRequestSchema } from "@tabletap/shared";
import { Router } from "express";
import type { Db } from "../../db/database.js";
import { HttpError, parseOr400 } from "../../http/errors.js";
import { requireOrderToken } from "../auth/index.js";
import { type PushEndpointPolicy, refusePushEndpoint } from "./push-endpoints.js";
import { countSubscriptions, insertSubscription } from "./push-subscriptions.repository.js";
import type { VapidKeys } from "./vapid.js";

const MAX_SUBSCRIPTIONS_PER_ORDER = 5;

/** Web Push sign-up for one order: no account, and only the order's token holder can add a browser. */
export function pushRoutes(deps: {
  db: Db;
  clock: () => number;
  vapid: VapidKeys;
  pushEndpoints: PushEndpointPolicy;
}): Router {
  const router = Router();

  router.get("/push/vapid-public-key", (_req, res) => {
    res.set("Cache-Control", "public, max-age=3600").json({ publicKey: deps.vapid.publicKey });
  });

  router.post("/orders/:id/push-subscriptions", async (req, res) => {
    const orderId = await requireOrderToken(deps.db, req, req.params.id);
    const subscription = parseOr400(pushSubscriptionRequestSchema, req.body, "push subscription");
    // The server will POST to this address from inside its network: only a public push service will do.
    const refusal = await refusePushEndpoint(deps.pushEndpoints, subscription.endpoint);
    if (refusal) throw new HttpError(400, "validation_failed", refusal);
    if ((await countSubscriptions(deps.db, orderId)) >= MAX_SUBSCRIPTIONS_PER_ORDER) {
      throw new HttpError(409, "validation_failed", "This order already notifies enough devices");
    }
    await insertSubscription(deps.db, {
      orderId,
      endpoint: subscription.endpoint,
      p256dh: subscription.keys.p256dh,
      auth: subscription.keys.auth,
      language: subscription.language ?? "en",
      createdAt: deps.clock(),
    });
    res.status(201).json({ subscribed: true });
  });

  return router;
}
