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
  const menu = pageMenuUrl();
  try {
    await navigator.serviceWorker.register(SERVICE_WORKER_URL);
  } catch (error) {
    // The app works without it (private windows, old browsers); it just won't work offline.
    console.warn("Could not register the service worker", error);
    return;
  }
  if (firstVisit)
    navigator.serviceWorker.addEventListener("controllerchange", () => handOverLoadedUrls(menu), {
      once: true,
    });
  else handOver(menu);
}

/**
 * A menu page arrives with its menu inside (see features/menu/pageMenu.ts), so no request for it passed the
 * worker: its API address is handed over too, and the worker saves that menu for an offline reload.
 */
function pageMenuUrl(): string[] {
  const token = /^\/t\/([^/]+)$/.exec(location.pathname)?.[1];
  return token ? [new URL(`/api/tables/${token}`, location.href).href] : [];
}

/**
 * On a first visit the menu arrived before the worker existed. Workbox's router takes `CACHE_URLS` and
 * passes each URL through the worker's own routes, so the menu is saved for an offline reload and
 * anything the worker does not cache (orders, receipts) is left alone.
 */
function handOverLoadedUrls(extra: string[]): void {
  const loaded = performance
    .getEntriesByType("resource")
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && url.pathname.startsWith("/api/"))
    .map((url) => url.href);
  handOver([...new Set([...loaded, ...extra])]);
}

function handOver(urlsToCache: string[]): void {
  if (urlsToCache.length === 0) return;
  navigator.serviceWorker.controller?.postMessage({ type: "CACHE_URLS", payload: { urlsToCache } });
}
