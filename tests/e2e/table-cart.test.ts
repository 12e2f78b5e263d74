import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { setSoldOut } from "../support/menu.js";
import { startStickyProxy } from "../support/sticky-proxy.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { TablePhone } from "./pages/table-phone.js";
import { artifact, launchBrowser } from "./support/browser.js";

let server: TestServer;
let browser: Browser;
let shop: TestShop;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server, { currency: "CNY", locale: "en-GB" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const phoneContext = () =>
  browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "en-GB",
  });

describe("one table, two phones", () => {
  it("builds one cart on both, submits it once, and the second round joins the table's tab", async () => {
    const contexts: BrowserContext[] = [await phoneContext(), await phoneContext()];
    const [ana, ben] = [
      await TablePhone.at(contexts[0] as BrowserContext, "Ana"),
      await TablePhone.at(contexts[1] as BrowserContext, "Ben"),
    ];
    const url = `${server.url}/t/${shop.tableToken}`;
    await Promise.all([ana.open(url), ben.open(url)]);

    // Each adds something; both phones show the same cart at once.
    await ana.addItem("Tea");
    await ben.addItem("Dumplings", [], 2);
    await expect.poll(() => ana.cartCount().innerText()).toBe("3");
    await expect.poll(() => ben.cartCount().innerText()).toBe("3");
    await ben.openCart();
    await expect.poll(() => ben.addedBy().allInnerTexts()).toEqual(["Added by Ana", "Added by you"]);
    expect(await ben.page.getByTestId("nickname").innerText()).toBe("Ben");
    await ben.page.screenshot({ path: artifact("table-cart-shared.png") });
    await ben.closeSheet();

    // Ana places it; only one order, and Ben's phone says who sent it.
    await ana.placeOrder();
    const firstPickup = await ana.pickupNumber();
    await expect
      .poll(() => ben.submittedNotice().innerText())
      .toContain(`Ana sent the table's order #${firstPickup}`);
    await ben.cartBar().waitFor({ state: "hidden" });
    await ben.page.screenshot({ path: artifact("table-cart-submitted.png") });
    await expect.poll(() => ana.waitEstimate().innerText()).toMatch(/About \d+–\d+ min/);
    await ana.page.screenshot({ path: artifact("table-order-wait.png") });

    // Ben follows the shared order from the notice, then orders a second round.
    await ben.submittedNotice().getByRole("link", { name: "Follow order" }).click();
    await expect.poll(() => ben.pickupNumber()).toBe(firstPickup);
    await ben.orderMore();
    await ben.addItem("Tea");
    await ben.placeOrder();
    const secondPickup = await ben.pickupNumber();
    expect(secondPickup).not.toBe(firstPickup);

    // Back at the menu, either phone sees both rounds on the table's tab with the running total.
    await ana.orderMore();
    await expect.poll(() => ana.tabButton().innerText()).toContain("2 rounds");
    await ana.openTab();
    await expect.poll(() => ana.tabRounds().count()).toBe(2);
    const rounds = await ana.tabRounds().allInnerTexts();
    expect(rounds[0]).toContain(`#${firstPickup}`);
    expect(rounds[0]).toContain("by Ana");
    expect(rounds[1]).toContain(`#${secondPickup}`);
    expect(rounds[1]).toContain("by Ben");
    // Tea ¥15 + 2 × Dumplings ¥32, then Tea ¥15.
    expect(await ana.page.getByTestId("tab-total").innerText()).toContain("94.00");
    await ana.page.screenshot({ path: artifact("table-tab.png") });

    const orders = await server.db
      .selectFrom("orders")
      .select("submittedBy")
      .where("shopId", "=", shop.shopId)
      .orderBy("createdAt")
      .execute();
    expect(orders.map((order) => order.submittedBy)).toEqual(["Ana", "Ben"]);
    for (const context of contexts) await context.close();
  });
});

const tableUrl = (label: string) =>
  `${server.url}/t/${shop.tables.find((t) => t.label === label)?.token ?? ""}`;

describe("one table on a bad network", () => {
  it("keeps what a phone adds offline, sends it when the connection returns, and names a dish refused meanwhile", async () => {
    const contexts: BrowserContext[] = [await phoneContext(), await phoneContext()];
    const [ana, ben] = [
      await TablePhone.at(contexts[0] as BrowserContext, "Ana"),
      await TablePhone.at(contexts[1] as BrowserContext, "Ben"),
    ];
    await Promise.all([ana.open(tableUrl("T2")), ben.open(tableUrl("T2"))]);

    await contexts[0]?.setOffline(true);
    await expect
      .poll(() => ana.connectionBanner().innerText())
      .toContain("Offline — your picks are kept on this phone");
    await ana.addItem("Tea");
    await ana.addItem("Dumplings");
    await expect.poll(() => ana.cartCount().innerText()).toBe("2");
    await expect.poll(() => ana.connectionBanner().innerText()).toContain("2 dishes wait on this phone");
    const kept = await ana.page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith("tabletap:cart-queue:v1:")),
    );
    expect(kept).toHaveLength(1);
    await ana.page.screenshot({ path: artifact("table-cart-offline.png") });

    // While Ana is away the kitchen runs out of dumplings.
    const cookie = await login(server.url, shop.owner.email, shop.owner.password);
    await setSoldOut(server, cookie, shop.item("Dumplings").id, true);
    expect(await ben.cartBar().isVisible()).toBe(false);

    await contexts[0]?.setOffline(false);
    await expect.poll(() => ben.cartCount().innerText(), { timeout: 20_000 }).toBe("1");
    await expect
      .poll(() => ana.notAdded().innerText(), { timeout: 20_000 })
      .toContain("Dumplings was not added to the table's cart: it sold out meanwhile.");
    await ana.connectionBanner().waitFor({ state: "hidden" });
    expect(await ana.cartCount().innerText()).toBe("1");
    await ana.page.screenshot({ path: artifact("table-cart-not-added.png") });
    const table = shop.tables.find((t) => t.label === "T2");
    const lines = await server.db
      .selectFrom("tableCartLines")
      .select(["itemId", "addedBy"])
      .where("tableId", "=", table?.id ?? "")
      .execute();
    expect(lines).toEqual([{ itemId: shop.item("Tea").id, addedBy: "Ana" }]);
    expect(
      await ana.page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith("tabletap:cart-queue")),
      ),
    ).toEqual([]);
    await setSoldOut(server, cookie, shop.item("Dumplings").id, false);
    for (const context of contexts) await context.close();
  });

  it("shares the cart from a phone whose network blocks WebSockets, over long-polling", async () => {
    // Ana's network answers every WebSocket opening 403, as some hotel and office proxies do. (Playwright's
    // routeWebSocket closes a socket cleanly, without the error a refused handshake gives a browser.)
    const blocking = await startStickyProxy([server.url], { refuseWebSockets: true });
    const contexts: BrowserContext[] = [await phoneContext(), await phoneContext()];
    const [ana, ben] = [
      await TablePhone.at(contexts[0] as BrowserContext, "Ana"),
      await TablePhone.at(contexts[1] as BrowserContext, "Ben"),
    ];
    ana.watchSocketRequests();
    const path = new URL(tableUrl("T2")).pathname;
    await Promise.all([ana.open(`${blocking.url}${path}`), ben.open(`${server.url}${path}`)]);
    const before = Number(
      await ben
        .cartCount()
        .innerText()
        .catch(() => "0"),
    );

    await ana.addItem("Tea");
    await expect.poll(() => ben.cartCount().innerText(), { timeout: 20_000 }).toBe(String(before + 1));
    await ben.addItem("Dumplings");
    await expect.poll(() => ana.cartCount().innerText(), { timeout: 20_000 }).toBe(String(before + 2));
    expect(ana.socketTransports()).toContain("websocket");
    expect(ana.socketTransports()).toContain("polling");
    expect(await ana.connectionBanner().isVisible()).toBe(false);
    for (const context of contexts) await context.close();
    await blocking.close();
  });

  it("tells the phone that lost a simultaneous submit who sent the table's order, with a link to it", async () => {
    const contexts: BrowserContext[] = [await phoneContext(), await phoneContext()];
    const [ana, ben] = [
      await TablePhone.at(contexts[0] as BrowserContext, "Ana"),
      await TablePhone.at(contexts[1] as BrowserContext, "Ben"),
    ];
    await Promise.all([ana.open(tableUrl("T3")), ben.open(tableUrl("T3"))]);
    await ana.addItem("Tea");
    await expect.poll(() => ben.cartCount().innerText()).toBe("1");
    await Promise.all([ana.openCart(), ben.openCart()]);
    // Both buttons ready, then pressed in the same moment: a click that waited for its sheet to settle could
    // come after the other phone's order had already emptied the cart (and find the button disabled).
    for (const phone of [ana, ben]) await expect.poll(() => phone.orderButton().isEnabled()).toBe(true);
    await Promise.all([
      ana.orderButton().evaluate((button: HTMLButtonElement) => button.click()),
      ben.orderButton().evaluate((button: HTMLButtonElement) => button.click()),
    ]);

    const tableId = shop.tables.find((t) => t.label === "T3")?.id ?? "";
    const ordersAtTable = () =>
      server.db
        .selectFrom("orders")
        .select(["submittedBy", "pickupNumber"])
        .where("tableId", "=", tableId)
        .execute();
    await expect.poll(async () => (await ordersAtTable()).length).toBe(1);
    const [placed] = await ordersAtTable();
    if (!placed) throw new Error("no order at T3");
    const [winner, loser] = placed.submittedBy === "Ana" ? [ana, ben] : [ben, ana];
    await winner.page.waitForURL(/\/orders\//);
    const notice = loser.submittedNotice();
    await expect
      .poll(() => notice.innerText())
      .toContain(`${placed.submittedBy} sent the table's order #${placed.pickupNumber}`);
    expect(loser.page.url()).not.toMatch(/\/orders\//);
    await loser.page.screenshot({ path: artifact("table-cart-lost-submit.png") });
    await notice.getByRole("link", { name: "Follow order" }).click();
    await expect.poll(() => loser.pickupNumber()).toBe(placed.pickupNumber);
    expect(await ordersAtTable()).toHaveLength(1);
    for (const context of contexts) await context.close();
  });
});
