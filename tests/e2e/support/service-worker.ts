import type { BrowserContext, Page } from "playwright-core";

/**
 * Hands a push message straight to the page's service worker through the DevTools protocol, as DevTools'
 * own "Push" button does: headless Chromium has no push service to receive one from.
 */
export async function deliverPush(context: BrowserContext, page: Page, data: string): Promise<void> {
  const origin = new URL(page.url()).origin;
  // A push handed to a worker still installing is dropped, as a real push service's would be.
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.getRegistration())?.active?.state === "activated",
    undefined,
    { timeout: 30_000 },
  );
  const cdp = await context.newCDPSession(page);
  try {
    const registrationId = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no service worker registered for ${origin}/`)), 5000);
      cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
        const registration = registrations.find((r) => r.scopeURL === `${origin}/` && !r.isDeleted);
        if (!registration) return;
        clearTimeout(timer);
        resolve(registration.registrationId);
      });
    });
    // Enabling reports every existing registration, which is where the id comes from.
    await cdp.send("ServiceWorker.enable");
    await cdp.send("ServiceWorker.deliverPushMessage", {
      origin,
      registrationId: await registrationId,
      data,
    });
  } finally {
    await cdp.detach();
  }
}

export interface ShownNotification {
  title: string;
  body: string;
  tag: string;
  icon: string;
  badge: string;
  data: unknown;
}

/** The notifications the page's service worker is showing right now. */
export function shownNotifications(page: Page): Promise<ShownNotification[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const notifications = await registration.getNotifications();
    return notifications.map(({ title, body, tag, icon, badge, data }) => ({
      title,
      body,
      tag,
      icon,
      badge,
      data,
    }));
  });
}

/** Counts calls to Notification.requestPermission, to prove when the app asks. Install before navigating. */
export async function countPermissionRequests(
  context: BrowserContext,
): Promise<(page: Page) => Promise<number>> {
  await context.addInitScript(() => {
    const counted = window as unknown as { permissionRequests: number };
    counted.permissionRequests = 0;
    const request = Notification.requestPermission.bind(Notification);
    Notification.requestPermission = (...args) => {
      counted.permissionRequests += 1;
      return request(...args);
    };
  });
  return (page) =>
    page.evaluate(() => (window as unknown as { permissionRequests: number }).permissionRequests);
}
