import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestShop, type TestShop } from "../support/fixtures.js";
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
