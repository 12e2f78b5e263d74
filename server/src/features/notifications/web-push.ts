import type { PushMessage } from "@tabletap/shared";
import { type Dispatcher, fetch } from "undici";
import webPush from "web-push";
import type { Db } from "../../db/database.js";
import type { Logger } from "../../logger.js";
import { deleteSubscription, type PushSubscriptionRow } from "./push-subscriptions.repository.js";
import type { VapidKeys } from "./vapid.js";

/**
 * Sends one push to one browser: web-push encrypts the payload and signs the VAPID header, and the request
 * goes out with fetch (with a timeout) through a dispatcher that connects only to allowed addresses (see
 * pushDispatcher), never following a redirect. A subscription the push service says is gone (404/410) is
 * deleted; any other failure throws so the job is retried with backoff.
 */
export async function sendPush(
  deps: { db: Db; vapid: VapidKeys; subject: string; logger: Logger; dispatcher: Dispatcher },
  subscription: PushSubscriptionRow,
  message: PushMessage,
): Promise<void> {
  const request = webPush.generateRequestDetails(
    { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
    JSON.stringify(message),
    {
      vapidDetails: {
        subject: deps.subject,
        publicKey: deps.vapid.publicKey,
        privateKey: deps.vapid.privateKey,
      },
      TTL: 15 * 60,
    },
  );
  const response = await fetch(request.endpoint, {
    method: request.method,
    headers: request.headers as Record<string, string>,
    body: request.body ? new Uint8Array(request.body) : null,
    signal: AbortSignal.timeout(10_000),
    redirect: "manual",
    dispatcher: deps.dispatcher,
  }).catch((error: Error) => {
    // fetch says only "fetch failed"; the cause (a refused address, a timeout) is what an operator needs.
    const cause = error.cause instanceof Error ? error.cause.message : error.message;
    throw new Error(`push request failed: ${cause}`, { cause: error });
  });
  if (response.status === 404 || response.status === 410) {
    deps.logger.info({ subscriptionId: subscription.id }, "push subscription expired; removed");
    await deleteSubscription(deps.db, subscription.id);
    return;
  }
  if (!response.ok) throw new Error(`push service answered ${response.status}`);
}
