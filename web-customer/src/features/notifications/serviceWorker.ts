/**
 * The diner app's service worker, served as /sw.js so its scope covers every diner page. It only shows
 * "your order is ready" pushes and opens the order on a tap: no fetch handler, so pages load as they always do.
 * Type-checked with the WebWorker lib by tsconfig.sw.json; bundled into one classic script (see vite/).
 */
import { findOrderWindow, pageUrl, readyNotification } from "./readyNotification";

declare const self: ServiceWorkerGlobalScope;

// Nothing is cached, so a new version can take over at once instead of waiting for every tab to close.
self.addEventListener("install", () => {
  void self.skipWaiting();
});

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
