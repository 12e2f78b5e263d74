/**
 * What the diner app's service worker keeps for a bad network: the built app (every page and lazy chunk,
 * listed with revisions by the build), the page shell for offline reloads, and each table's last menu.
 * Nothing else is cached: orders, payments, receipts and staff answers always come from the server, and
 * only GETs are routed at all.
 */
import { ExpirationPlugin } from "workbox-expiration";
import { cleanupOutdatedCaches, PrecacheFallbackPlugin, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { NetworkFirst, NetworkOnly } from "workbox-strategies";
import { SAVED_COPY_HEADER } from "./savedCopy";

/** Replaced at build time with the built files and their revisions (see vite/serviceWorkerPlugin.ts). */
declare const __PRECACHE_MANIFEST__: Array<{ url: string; revision: string | null }>;

// Past this a stalled connection counts as none: the diner sees the saved copy instead of a spinner.
const NETWORK_TIMEOUT_SECONDS = 4;
const APP_SHELL = "/index.html";
// Only the diner's own pages; the staff console, the API and the sandbox checkout load as they always do.
const dinerPages = [/^\/$/, /^\/t\/[^/]+$/, /^\/orders(\/|$)/, /^\/r\/[^/]+$/];
const tableMenu = /^\/api\/tables\/[^/]+$/;

export function installOfflineRoutes(): void {
  // Before the precache route: the home page would otherwise always come from the cache, even online.
  registerRoute(
    new NavigationRoute(
      new NetworkOnly({
        networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
        plugins: [new PrecacheFallbackPlugin({ fallbackURL: APP_SHELL })],
      }),
      { allowlist: dinerPages },
    ),
  );
  precacheAndRoute(__PRECACHE_MANIFEST__);
  cleanupOutdatedCaches();
  registerRoute(
    ({ url, sameOrigin }) => sameOrigin && tableMenu.test(url.pathname),
    new NetworkFirst({
      cacheName: "tabletap-menus",
      networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
      // The server varies on encoding and language; any saved copy beats none when the network is gone.
      matchOptions: { ignoreVary: true },
      plugins: [
        // A menu from yesterday is someone else's visit; a table rarely needs more than a few codes.
        new ExpirationPlugin({ maxEntries: 20, maxAgeSeconds: 24 * 60 * 60 }),
        {
          cachedResponseWillBeUsed: async ({ cachedResponse }) =>
            cachedResponse && markSavedCopy(cachedResponse),
        },
      ],
    }),
    "GET",
  );
}

/** Tells the page this answer is the saved copy, and from when, so it can say prices may have changed. */
async function markSavedCopy(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(SAVED_COPY_HEADER, response.headers.get("Date") ?? "");
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
