import { UnrecoverableError } from "bullmq";
import type { Db } from "../../db/database.js";
import type { Logger } from "../../logger.js";
import type { JobHandlers } from "../../queue/workers.js";
import type { Publisher } from "../../realtime/publisher.js";
import { findOrderPickup } from "../orders/index.js";
import { deliverOnce } from "./once.js";
import { pushDispatcher } from "./push-dispatcher.js";
import type { PushEndpointPolicy } from "./push-endpoints.js";
import { findSubscriptions } from "./push-subscriptions.repository.js";
import { readyPushMessage } from "./ready-message.js";
import type { VapidKeys } from "./vapid.js";
import { sendPush } from "./web-push.js";

export interface NotificationDeps {
  db: Db;
  publisher: Publisher;
  clock: () => number;
  vapid: VapidKeys;
  publicUrl: string;
  logger: Logger;
  /** Which push endpoints may be reached, checked again at every connection. */
  pushEndpoints: PushEndpointPolicy;
}

/**
 * "Your order is ready" for the diner: over the live socket and by Web Push to every browser that asked.
 * Each channel is delivered once per order (see deliverOnce); a failed push retries the job, and channels
 * already delivered are skipped on the retry.
 */
export function notificationHandlers(deps: NotificationDeps): Pick<JobHandlers, "order.ready"> {
  const pushDeps = {
    ...deps,
    subject: `mailto:notifications@${new URL(deps.publicUrl).hostname}`,
    dispatcher: pushDispatcher(deps.pushEndpoints),
  };
  return {
    "order.ready": async ({ orderId }) => {
      const order = await findOrderPickup(deps.db, orderId);
      // The outbox row was written with the order, so a missing order is a bug that no retry can fix.
      if (!order) throw new UnrecoverableError(`order ${orderId} not found for its ready notification`);
      if (order.status !== "ready") return; // already collected or cancelled: telling the diner now would mislead
      const kind = "order_ready";
      await deliverOnce(deps, { orderId, kind, channel: "socket" }, async () => {
        deps.publisher.dinerNotified({ kind, orderId, pickupNumber: order.pickupNumber });
      });
      const subscriptions = await findSubscriptions(deps.db, orderId);
      for (const subscription of subscriptions) {
        const ready = { id: orderId, pickupNumber: order.pickupNumber };
        const message = readyPushMessage(ready, deps.publicUrl, subscription.language);
        await deliverOnce(deps, { orderId, kind, channel: `webpush:${subscription.id}` }, () =>
          sendPush(pushDeps, subscription, message),
        );
      }
    },
  };
}
