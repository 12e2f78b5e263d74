/**
 * The diner app's service worker, served as /sw.js so its scope covers every diner page and registered
 * once the first page has loaded. It keeps the app and the last menu for a bad network (see
 * features/offline), shows "your order is ready" pushes and opens the order on a tap.
 * Type-checked with the WebWorker lib by tsconfig.sw.json; bundled into one classic script (see vite/).
 */
import { clientsClaim } from "workbox-core";
import { installOfflineRoutes } from "../offline/offlineRoutes.worker";
import { findOrderWindow, pageUrl, readyNotification } from "./readyNotification";

declare const self: ServiceWorkerGlobalScope;

// A new deploy takes over at once instead of waiting for every tab to close: its precache holds the
// complete new app, and a page still running the old one that misses a chunk offers a reload.
self.addEventListener("install", () => {
  void self.skipWaiting();
});
// The first visit's page comes under the worker too, so its lazy screens load from the cache offline.
clientsClaim();
installOfflineRoutes();

self.addEventListener("push", (event) => {
  const { title, options } = readyNotification(event.data?.text(), self.location.origin);
  event.waitUntil(self.registration.showNotification(title, options));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const data: unknown = event.notification.data;
  const url = pageUrl(
    typeof data === "object" && data !== null && "url" in data ? data.url : null,
    self.location.origin,
  );
  event.waitUntil(focusOrOpen(url));
});

async function focusOrOpen(url: URL): Promise<void> {
  // The tab that subscribed is not controlled by this worker until it reloads, hence includeUncontrolled.
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = findOrderWindow(windows, url);
  if (open) await open.focus();
  else await self.clients.openWindow(url.href);
}
