import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { DinerPage } from "./pages/diner-page.js";
import { artifact, launchBrowser } from "./support/browser.js";

let server: TestServer;
let browser: Browser;
let yuanShop: TestShop;
let dollarShop: TestShop;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  yuanShop = await createTestShop(server);
  dollarShop = await createTestShop(server, {
    currency: "USD",
    locale: "en-US",
    timezone: "America/New_York",
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A phone whose browser prefers Simplified Chinese. */
const chinesePhone = (): Promise<BrowserContext> =>
  browser.newContext({
    locale: "zh-CN",
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });

describe("the diner app in Chinese", () => {
  it("a zh-CN phone gets the menu and cart in Chinese, with prices in the shop's currency", async () => {
    const phone = await chinesePhone();
    const diner = new DinerPage(await phone.newPage());
    await diner.open(`${server.url}/t/${yuanShop.tableToken}`);

    const page = diner.page;
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await expect.poll(() => page.title()).toContain("TableTap");
    const lemonade = page.getByTestId("menu-item").filter({ hasText: "Lemonade" });
    expect(await lemonade.innerText()).toContain("已售罄");
    expect(await page.getByText("桌号 T1").count()).toBe(1);
    const tea = page.getByTestId("menu-item").filter({ hasText: "Tea" });
    expect(await tea.innerText()).toContain("¥15.00");
    await page.screenshot({ path: artifact("zh-CN-menu.png") });

    await tea.click();
    await page.getByRole("dialog").getByRole("button", { name: "增加数量" }).click();
    await page.getByTestId("add-to-cart").click();
    await page.getByTestId("add-to-cart").waitFor({ state: "hidden" });
    expect(await diner.cartBar().innerText()).toContain("2 件");
    await diner.openCart();
    expect(await diner.orderButton().innerText()).toBe("下单 · ¥30.00");
    expect(await page.getByRole("dialog").innerText()).toContain("合计");
    await page.screenshot({ path: artifact("zh-CN-cart.png") });
    await phone.close();
  });

  it("money follows the shop, not the UI: a dollar shop shows $ amounts in a Chinese UI", async () => {
    const phone = await chinesePhone();
    const diner = new DinerPage(await phone.newPage());
    await diner.open(`${server.url}/t/${dollarShop.tableToken}`);
    const tea = diner.page.getByTestId("menu-item").filter({ hasText: "Tea" });
    // zh-CN formatting would write "US$15.00"; the shop's en-US locale writes "$15.00".
    expect(await tea.innerText()).toContain("$15.00");
    expect(await tea.innerText()).not.toContain("US$");
    expect(await diner.page.getByTestId("menu-item").filter({ hasText: "Lemonade" }).innerText()).toContain(
      "已售罄",
    );
    await phone.close();
  });

  it("the switch flips to English at once, keeps the cart, and is remembered on the phone", async () => {
    const phone = await chinesePhone();
    const diner = new DinerPage(await phone.newPage());
    const page = diner.page;
    // Table T2: the cart belongs to the table, and T1's has the first test's tea in it.
    const table = yuanShop.tables.find((t) => t.label === "T2");
    if (!table) throw new Error("no table T2");
    await diner.open(`${server.url}/t/${table.token}`);
    await diner.addItem("Tea");
    expect(await page.getByRole("button", { name: "中文" }).getAttribute("aria-pressed")).toBe("true");

    await page.getByRole("button", { name: "English" }).click();
    await page.getByText("Table T2").waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByTestId("menu-item").filter({ hasText: "Lemonade" }).innerText()).toContain(
      "Sold out",
    );
    expect(await diner.cartBar().innerText()).toContain("1 item");
    expect(await page.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe("true");

    await page.reload();
    await page.getByTestId("menu-item").first().waitFor();
    expect(await page.getByTestId("menu-item").filter({ hasText: "Lemonade" }).innerText()).toContain(
      "Sold out",
    );
    expect(await page.locator("html").getAttribute("lang")).toBe("en");

    await page.getByRole("button", { name: "中文" }).click();
    await page.getByText("桌号 T2").waitFor();
    expect(await diner.cartBar().innerText()).toContain("1 件");
    await phone.close();
  });
});
