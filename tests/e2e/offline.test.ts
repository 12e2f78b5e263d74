import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { OfflinePhone } from "./pages/offline-phone.js";
import { artifact, launchBrowser } from "./support/browser.js";

let server: TestServer;
let shop: TestShop;
let browser: Browser;
const phoneOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server, { currency: "EUR", locale: "en-IE", timezone: "Europe/Dublin" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const contexts: BrowserContext[] = [];
async function phone(options: { serviceWorkers?: "allow" | "block" } = {}): Promise<OfflinePhone> {
  const context = await browser.newContext({ ...phoneOptions, ...options });
  contexts.push(context);
  return OfflinePhone.open(context);
}
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
});

describe("the diner app on a bad network", () => {
  it("waits out a lost connection for a screen it has not loaded yet, and carries on by itself", async () => {
    // No worker here: this is the first visit before it is installed, so only the loader's retries help.
    const diner = await phone({ serviceWorkers: "block" });
    await diner.open(`${server.url}/t/${shop.tableToken}`);
    await diner.addItem("Tea");
    await diner.setOnline(false);
    await diner.offlineNotice().waitFor();
    expect(await diner.offlineNotice().innerText()).toBe(
      "Offline — prices and availability may have changed",
    );

    await diner.cartBar().click();
    await diner.orderButton().waitFor();
    // The nickname field's code could not arrive: the cart shows without it, never a white page.
    await diner.page.waitForTimeout(1500);
    expect(await diner.page.getByTestId("shared-cart-intro").count()).toBe(0);
    expect(await diner.showsSomething()).toBe(true);
    await diner.page.screenshot({ path: artifact("diner-offline-cart.png"), animations: "disabled" });

    await diner.setOnline(true);
    await diner.page.getByTestId("shared-cart-intro").waitFor({ timeout: 15_000 });
    await diner.offlineNotice().waitFor({ state: "detached" });

    // The order screen's code, offline too: a loading screen and the notice, then the page once back.
    await diner.page.keyboard.press("Escape");
    await diner.setOnline(false);
    await diner.goInApp("/orders/7d1c2f8e-3b4a-4c5d-8e9f-0a1b2c3d4e5f");
    await diner.offlineNotice().waitFor();
    expect(await diner.offlineNotice().innerText()).toBe("Offline — this page updates once you're back");
    await diner.page.waitForTimeout(1500);
    expect(await diner.showsSomething()).toBe(true);
    await diner.setOnline(true);
    await diner.page.getByRole("heading", { name: "We can't find this order on this phone" }).waitFor({
      timeout: 15_000,
    });
  });
});

describe("after one visit", () => {
  it("reloads offline from the worker's cache: the last menu, marked as possibly out of date", async () => {
    const tableToken = shop.tables[1]?.token ?? "";
    const diner = await phone();
    await diner.open(`${server.url}/t/${tableToken}`);
    await diner.waitForOfflineCopy(tableToken);
    await diner.setOnline(false);
    // The shop changes a price meanwhile: what the diner sees offline is the saved copy, not the server.
    await reprice("Tea", 1800);

    await diner.page.reload();
    await diner.page.getByTestId("menu-item").first().waitFor();
    expect(await teaCard(diner).innerText()).toContain("€15.00");
    await diner.offlineNotice().waitFor();
    expect(await diner.offlineNotice().innerText()).toBe(
      "Offline — prices and availability may have changed",
    );
    await diner.page.screenshot({ path: artifact("diner-offline-reload.png"), animations: "disabled" });

    await diner.setOnline(true);
    await expect.poll(() => teaCard(diner).innerText(), { timeout: 15_000 }).toContain("€18.00");
    await diner.offlineNotice().waitFor({ state: "detached" });
    await reprice("Tea", 1500);
  });
});

async function reprice(name: string, price: number) {
  const cookie = await login(server.url, shop.owner.email, shop.owner.password);
  const response = await fetch(`${server.url}/api/merchant/menu/items/${shop.item(name).id}`, {
    method: "PATCH",
    headers: { "Content-Type": "application/json", Cookie: cookie },
    body: JSON.stringify({ price }),
  });
  expect(response.status).toBe(204);
}

const teaCard = (diner: OfflinePhone) =>
  diner.page.getByTestId("menu-item").filter({ hasText: "Tea" }).first();

const ordersOfShop = async () =>
  Number(
    (
      await server.db
        .selectFrom("orders")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("shopId", "=", shop.shopId)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("ordering without a connection", () => {
  it("is refused with a clear message and the cart kept; an answer lost on the way is sent again as one order", async () => {
    const diner = await phone({ serviceWorkers: "block" });
    await diner.open(`${server.url}/t/${shop.counterToken}`);
    await diner.addItem("Dumplings");
    await diner.openCart();
    const before = await ordersOfShop();

    await diner.setOnline(false);
    await diner.orderButton().click();
    const problem = diner.page.getByText("No connection — your order was not sent.", { exact: false });
    await problem.waitFor();
    expect(await diner.cartBar().innerText()).toContain("1");
    expect(await ordersOfShop()).toBe(before);
    await diner.page.screenshot({ path: artifact("diner-offline-order.png"), animations: "disabled" });

    // Back online, the request reaches the server but its answer never comes back.
    await diner.setOnline(true);
    await diner.page.route("**/api/orders", async (route) => {
      await route.fetch();
      await route.abort("connectionreset");
    });
    await diner.orderButton().click();
    await diner.page.getByText("we couldn't confirm your order", { exact: false }).waitFor();
    expect(await ordersOfShop()).toBe(before + 1);
    await diner.page.unrouteAll();

    // The same tap again carries the same Idempotency-Key: the server answers with that one order.
    await diner.placeOrder();
    expect(await ordersOfShop()).toBe(before + 1);
    const placed = await server.db
      .selectFrom("orders")
      .select("id")
      .where("id", "=", diner.orderId())
      .executeTakeFirst();
    expect(placed).toBeDefined();
  });
});

describe("what a diner's phone reaches", () => {
  it("asks only the shop's own server on the menu, cart, order, history and receipt pages", async () => {
    const diner = await phone();
    const hosts = new Set<string>();
    diner.context.on("request", (request) => hosts.add(new URL(request.url()).host));
    diner.page.on("websocket", (socket) => hosts.add(new URL(socket.url()).host));

    await diner.open(`${server.url}/t/${shop.counterToken}`);
    await diner.addItem("Tea");
    await diner.openCart();
    await diner.placeOrder();
    await diner.page.goto(`${server.url}/orders`);
    await diner.page.getByTestId("history-entry").first().getByRole("button", { name: "Receipt" }).click();
    await diner.page.waitForURL(/\/r\//);
    await diner.page.getByTestId("receipt-total").waitFor();
    await diner.page.waitForLoadState("networkidle");

    expect([...hosts]).toEqual([new URL(server.url).host]);
  });
});
