import type { PushSubscriptionRequest } from "@tabletap/shared";
import { request } from "../../lib/api";

// Next to the feature rather than in lib/api.ts, so the menu's entry bundle never carries them.

export function getVapidPublicKey(): Promise<{ publicKey: string }> {
  return request<{ publicKey: string }>("/api/push/vapid-public-key");
}

/** Only this order's token holder may add a browser; the server then pushes to it when the order is ready. */
export function addPushSubscription(
  orderId: string,
  orderToken: string,
  subscription: PushSubscriptionRequest,
): Promise<{ subscribed: true }> {
  return request<{ subscribed: true }>(`/api/orders/${encodeURIComponent(orderId)}/push-subscriptions`, {
    method: "POST",
    headers: { Authorization: `Bearer ${orderToken}` },
    body: subscription,
  });
}
