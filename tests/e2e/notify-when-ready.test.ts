import { readyPushMessage } from "@tabletap/server/features/notifications/ready-message";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { DinerPage } from "./pages/diner-page.js";
import { artifact, launchBrowser } from "./support/browser.js";
import { countPermissionRequests, deliverPush, shownNotifications } from "./support/service-worker.js";

let server: TestServer;
let shop: TestShop;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("notify me when it's ready", () => {
  it("is offered only on the order page, asks only on a tap, and the worker shows the server's push", async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const permissionRequests = await countPermissionRequests(phone);
    const diner = new DinerPage(await phone.newPage());

    await diner.open(`${server.url}/t/${shop.tableToken}`);
    await diner.addItem("Tea");
    await diner.openCart();
    expect(await diner.notifyControl().count()).toBe(0);
    await diner.placeOrder();
    const orderId = diner.orderId();

    const control = diner.notifyControl();
    await control.waitFor();
    expect(await control.getAttribute("data-state")).toBe("off");
    expect(await control.innerText()).toContain("Notify me when it's ready");
    // Nothing is asked or subscribed until the diner taps (the worker itself is there for offline use).
    expect(await permissionRequests(diner.page)).toBe(0);
    expect(
      await diner.page.evaluate(async () => {
        const registrations = await navigator.serviceWorker.getRegistrations();
        const subscriptions = await Promise.all(registrations.map((r) => r.pushManager.getSubscription()));
        return subscriptions.filter((subscription) => subscription !== null).length;
      }),
    ).toBe(0);
    await diner.page.screenshot({ path: artifact("diner-notify-offer.png"), animations: "disabled" });

    await phone.grantPermissions(["notifications"], { origin: server.url });
    await diner.turnOnNotifications();
    expect(await permissionRequests(diner.page)).toBe(1);
    await expect.poll(() => control.getAttribute("data-state"), { timeout: 30_000 }).toMatch(/^(on|failed)$/);

    const stored = await server.db
      .selectFrom("pushSubscriptions")
      .selectAll()
      .where("orderId", "=", orderId)
      .execute();
    if ((await control.getAttribute("data-state")) === "on") {
      expect(await control.innerText()).toContain("Notifications on");
      expect(stored).toHaveLength(1);
      expect(stored[0]?.endpoint).toMatch(/^https:\/\//);
      expect(stored[0]?.language).toBe("en");
    } else {
      // Headless Chromium reaches no push service: the diner is told calmly, and the server holds nothing.
      expect(await control.innerText()).toContain("Notifications aren't available here");
      expect(await control.innerText()).toContain("keep this page open");
      expect(stored).toEqual([]);
    }
    await diner.page.screenshot({ path: artifact("diner-notify-answered.png"), animations: "disabled" });

    // The worker is registered before subscribing, so it is there to show the push the server would send.
    const pickupNumber = await diner.pickupNumber();
    const message = readyPushMessage({ id: orderId, pickupNumber }, server.config.publicUrl, "en");
    const expected = {
      title: `Order #${pickupNumber} is ready`,
      body: "Please collect it at the counter.",
      tag: `order-ready:${orderId}`,
      icon: `${server.url}/notification-icon.png`,
      badge: `${server.url}/notification-badge.png`,
      data: { url: `${server.url}/orders/${orderId}` },
    };
    await deliverPush(phone, diner.page, JSON.stringify(message));
    // Chromium starts the stopped worker to handle each push, which takes seconds on a busy machine (the
    // integration layers run beside this one): the wait is generous, what is shown must still be exact.
    await expect.poll(() => shownNotifications(diner.page), { timeout: 40_000 }).toEqual([expected]);
    // A second push for the same order replaces the first instead of stacking up.
    await deliverPush(phone, diner.page, JSON.stringify(message));
    await expect.poll(() => shownNotifications(diner.page), { timeout: 40_000 }).toEqual([expected]);

    await phone.close();
  }, 150_000);

  it("serves the worker and its icons from the site root, revalidated on every load", async () => {
    const worker = await fetch(`${server.url}/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get("content-type")).toMatch(/^(text|application)\/javascript/);
    expect(worker.headers.get("cache-control")).toBe("no-cache");
    const script = await worker.text();
    expect(script).toContain("notificationclick");
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
    for (const icon of ["notification-icon.png", "notification-badge.png"]) {
      const res = await fetch(`${server.url}/${icon}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
    }
  });
});
