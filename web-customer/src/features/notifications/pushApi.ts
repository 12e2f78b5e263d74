import { notificationRoutes, type PushSubscriptionRequest } from "@tabletap/shared";
import { bearer, call } from "../../lib/api";

// Next to the feature rather than in lib/api.ts, so the menu's entry bundle never carries them.

export const getVapidPublicKey = () => call(notificationRoutes.getVapidPublicKey, {});

/** Only this order's token holder may add a browser; the server then pushes to it when the order is ready. */
export const addPushSubscription = (id: string, orderToken: string, body: PushSubscriptionRequest) =>
  call(notificationRoutes.subscribeToPush, { params: { id }, headers: bearer(orderToken), body });
