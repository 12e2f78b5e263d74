const SERVICE_WORKER_URL = "/sw.js";

/**
 * Registers the worker that keeps the app and the last menu for a bad network, once the page has loaded:
 * installing it downloads every screen, which must not compete with the menu's first paint.
 */
export function registerServiceWorkerAfterLoad(): void {
  if (!("serviceWorker" in navigator)) return;
  const register = () => void startWorker();
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}

async function startWorker(): Promise<void> {
  const firstVisit = navigator.serviceWorker.controller === null;
  try {
    await navigator.serviceWorker.register(SERVICE_WORKER_URL);
  } catch (error) {
    // The app works without it (private windows, old browsers); it just won't work offline.
    console.warn("Could not register the service worker", error);
    return;
  }
  if (firstVisit)
    navigator.serviceWorker.addEventListener("controllerchange", handOverLoadedUrls, { once: true });
}

/**
 * On a first visit the menu arrived before the worker existed. Workbox's router takes `CACHE_URLS` and
 * passes each URL through the worker's own routes, so the menu is saved for an offline reload and
 * anything the worker does not cache (orders, receipts) is left alone.
 */
function handOverLoadedUrls(): void {
  const urlsToCache = performance
    .getEntriesByType("resource")
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && url.pathname.startsWith("/api/"))
    .map((url) => url.href);
  if (urlsToCache.length === 0) return;
  navigator.serviceWorker.controller?.postMessage({ type: "CACHE_URLS", payload: { urlsToCache } });
}
