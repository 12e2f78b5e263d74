import type { PushSubscriptionRequest } from "@tabletap/shared";
import { currentLanguage } from "../language/i18n";
import { base64UrlToBytes, isSameKey } from "./applicationServerKey";
import { addPushSubscription, getVapidPublicKey } from "./pushApi";

export const SERVICE_WORKER_URL = "/sw.js";

/** "dismissed": the diner closed the browser's question without answering; asking again is allowed. */
export type SubscribeResult = "on" | "blocked" | "dismissed" | "failed";

// Registering the worker and reaching the push service can stall on a bad network; the diner should not wait.
const SETUP_TIMEOUT_MS = 20_000;

/** Web Push needs all three; iOS Safari offers them only to apps added to the home screen. */
export function pushSupported(): boolean {
  return "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
}

/**
 * Asks the browser for permission, subscribes it with the server's VAPID key and hands the subscription to
 * the server for this order. Must be called straight from the diner's tap: Safari shows the permission
 * prompt only inside the gesture, so the request comes before anything is awaited.
 */
export async function subscribeToReadyPush(orderId: string, orderToken: string): Promise<SubscribeResult> {
  const permission = await Notification.requestPermission();
  if (permission === "denied") return "blocked";
  if (permission !== "granted") return "dismissed";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("push setup timed out")), SETUP_TIMEOUT_MS);
  });
  try {
    const subscription = await Promise.race([browserSubscription(), timedOut]);
    await addPushSubscription(orderId, orderToken, toRequest(subscription));
    return "on";
  } catch (error) {
    // Expected on browsers without a reachable push service; the page itself still updates live.
    console.warn("Could not turn on order notifications", error);
    return "failed";
  } finally {
    clearTimeout(timer);
  }
}

async function browserSubscription(): Promise<PushSubscription> {
  const [registration, { publicKey }] = await Promise.all([activeRegistration(), getVapidPublicKey()]);
  const key = base64UrlToBytes(publicKey);
  const existing = await registration.pushManager.getSubscription();
  // One browser subscription serves every order; one made for another key would never receive our pushes.
  if (existing && isSameKey(existing.options.applicationServerKey, key)) return existing;
  await existing?.unsubscribe();
  return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
}

/** pushManager.subscribe needs an active worker, and a first registration is still installing. */
async function activeRegistration(): Promise<ServiceWorkerRegistration> {
  await navigator.serviceWorker.register(SERVICE_WORKER_URL);
  return navigator.serviceWorker.ready;
}

function toRequest(subscription: PushSubscription): PushSubscriptionRequest {
  const { endpoint, expirationTime, keys } = subscription.toJSON();
  const p256dh = keys?.p256dh;
  const auth = keys?.auth;
  if (!endpoint || !p256dh || !auth) throw new Error("the browser returned a subscription without keys");
  // The service worker shows the server's words, so the server writes them in the page's language.
  return {
    endpoint,
    expirationTime: expirationTime ?? null,
    keys: { p256dh, auth },
    language: currentLanguage(),
  };
}
