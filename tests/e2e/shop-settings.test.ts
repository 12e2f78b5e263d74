import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { signedInStaff } from "../support/staff.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { BoardPage } from "./pages/board-page.js";
import { DinerPage } from "./pages/diner-page.js";
import { ShopSettingsPage } from "./pages/shop-settings-page.js";
import { artifact, launchBrowser } from "./support/browser.js";

let server: TestServer;
let shop: TestShop;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ env: { QUEUE_DASHBOARD_EMAILS: "placeholder@example.com" } });
  shop = await createTestShop(server);
  // The owner runs this deployment too, so the queue dashboard is theirs to open.
  server.config.queueDashboardEmails?.splice(0, 1, shop.owner.email);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("shop settings in the console", () => {
  it("lets the owner switch to paying when ordering; an open menu then says so", async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const diner = new DinerPage(await phone.newPage());
    await diner.open(`${server.url}/t/${shop.tableToken}`);
    await diner.page.getByText("Order from your phone · pay at the counter").waitFor();

    const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const owner = new BoardPage(await tablet.newPage());
    await owner.signIn(server.url, shop.owner.email, shop.owner.password);
    const settings = new ShopSettingsPage(owner.page);
    await settings.open();
    await settings.page.getByText("Changes apply to new orders only").waitFor();
    await settings.page.screenshot({ path: artifact("shop-settings-1024x768.png") });
    await settings.choosePaymentMode("Pay when ordering");
    await settings.save();

    // The open menu hears the change; a fresh load shows it too.
    await diner.page.getByText("Order and pay from your phone").waitFor({ timeout: 10_000 });
    await diner.page.reload();
    await diner.page.getByText("Order and pay from your phone").waitFor();

    await settings.page.setViewportSize({ width: 768, height: 1024 });
    await settings.page.screenshot({ path: artifact("shop-settings-768x1024.png") });
    await tablet.close();
    await phone.close();
  });

  it("shows managers neither the Settings link nor the queue dashboard's", async () => {
    const manager = await signedInStaff(server, shop.shopId, "manager");
    const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const [name, value] = manager.cookie.split(";")[0]?.split("=") ?? [];
    await tablet.addCookies([{ name: name ?? "", value: value ?? "", url: server.url }]);
    const page = await tablet.newPage();
    await page.goto(`${server.url}/merchant/`);
    await page.getByTestId("column-placed").waitFor();
    await page.getByRole("link", { name: "Sales", exact: true }).waitFor();
    expect(await page.getByRole("link", { name: "Settings", exact: true }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Queues", exact: true }).count()).toBe(0);
    // Typing the address does not open it either.
    await page.goto(`${server.url}/merchant/settings`);
    await page.getByTestId("column-placed").waitFor();
    expect(await page.getByRole("heading", { name: "Shop settings" }).count()).toBe(0);
    await tablet.close();
  });
});

describe("no request leaves the shop's server", () => {
  it("loads the console and the queue dashboard from the server alone", async () => {
    const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const hosts = new Set<string>();
    tablet.on("request", (request) => hosts.add(new URL(request.url()).host));
    const owner = new BoardPage(await tablet.newPage());
    await owner.signIn(server.url, shop.owner.email, shop.owner.password);
    for (const name of ["Tables", "Sales", "Settings"]) {
      await owner.page.getByRole("link", { name, exact: true }).click();
      await owner.page.getByRole("heading", { level: 1 }).first().waitFor();
    }
    await owner.page.getByRole("link", { name: "Queues", exact: true }).click();
    await owner.page.waitForURL(/\/merchant\/queues/);
    await owner.page.getByText("payments", { exact: false }).first().waitFor({ timeout: 15_000 });
    await owner.page.waitForLoadState("networkidle");
    await owner.page.screenshot({ path: artifact("queue-dashboard.png") });
    expect([...hosts]).toEqual([new URL(server.url).host]);
    await tablet.close();
  });
});
