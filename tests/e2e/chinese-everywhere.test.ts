import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, postJson } from "../support/api.js";
import { completeOrder } from "../support/completed-order.js";
import { createTestShop, type TestShop, testMenu } from "../support/fixtures.js";
import { setSoldOut } from "../support/menu.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { CartExtras } from "./pages/coupons-page.js";
import { DinerPage } from "./pages/diner-page.js";
import { artifact, launchBrowser } from "./support/browser.js";

let server: TestServer;
let browser: Browser;
let shop: TestShop;
let owner: string;
let phone: BrowserContext;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  shop = await createTestShop(server); // CNY, zh-CN money, Asia/Shanghai
  owner = await login(server.url, shop.owner.email, shop.owner.password);
  phone = await browser.newContext({
    locale: "zh-CN",
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** What must stay as the shop wrote it: its name, its menu's words, the product's name. */
function shopWords(): string[] {
  const menuWords = testMenu.flatMap((category) => [
    category.name,
    ...category.items.flatMap((item) => [
      item.name,
      ...(item.groups ?? []).flatMap((group) => [group.name, ...group.options.map(([name]) => name)]),
    ]),
  ]);
  // Longest first, so "Oat milk" goes before a shorter name inside it.
  return [`Shop ${shop.slug}`, ...menuWords, "TableTap"].sort((a, b) => b.length - a.length);
}

/**
 * Every text a diner can meet on the page: text nodes (the visually hidden ones too: screen readers read
 * them), aria-label, title, placeholder and alt, and the tab's title.
 */
function collectTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !["SCRIPT", "STYLE", "NOSCRIPT"].includes(parent.tagName))
        out.push(node.textContent ?? "");
    }
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      for (const name of ["aria-label", "title", "placeholder", "alt"]) {
        const value = element.getAttribute(name);
        if (value) out.push(value);
      }
    }
    return out;
  });
}

const ENGLISH_RUN = /[A-Za-z][A-Za-z'’]*(?:[\s,.:;!?·—-]+[A-Za-z][A-Za-z'’]*)+/g;

/** Runs of two or more English words left once the shop's own words (and `allowed`) are taken out. */
async function englishOn(page: Page, allowed: string[] = []): Promise<string[]> {
  const keep = [...allowed, ...shopWords()];
  const found: string[] = [];
  for (const raw of await collectTexts(page)) {
    let rest = raw;
    for (const word of keep) rest = rest.split(word).join(" ");
    for (const run of rest.match(ENGLISH_RUN) ?? []) {
      if (/[A-Za-z]{2,}.*\s.*[A-Za-z]{2,}/s.test(run)) found.push(`${run.trim()}  ⟵ in "${raw.trim()}"`);
    }
  }
  return found;
}

async function expectChinese(page: Page, where: string, allowed: string[] = []) {
  expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
  expect(await englishOn(page, allowed), `English on the ${where}`).toEqual([]);
  await page.screenshot({
    path: artifact(`zh-everywhere-${where.replaceAll(" ", "-")}.png`),
    fullPage: true,
  });
}

const item = (name: string) => (page: Page) =>
  page.getByTestId("menu-item").filter({ hasText: name }).first();

describe("a Chinese phone meets no English sentence", () => {
  it("the English-word finder itself catches English (a check that cannot fail proves nothing)", async () => {
    const page = await phone.newPage();
    await page.setContent(
      `<html lang="zh-CN"><title>订单</title><body><p>已售罄 Tea</p><span aria-label="Close dialog">×</span></body></html>`,
    );
    expect(await englishOn(page)).toEqual(['Close dialog  ⟵ in "Close dialog"']);
    await page.close();
  });

  it("menu, item sheet and cart; a bad coupon and a dish sold out at order time are refused in Chinese", async () => {
    const page = await phone.newPage();
    const diner = new DinerPage(page);
    await diner.open(`${server.url}/t/${shop.tableToken}`);
    await expectChinese(page, "menu");

    await item("Latte")(page).click();
    await page.getByTestId("add-to-cart").waitFor();
    await expectChinese(page, "item sheet");
    await page.getByTestId("add-to-cart").click();
    await page.getByTestId("add-to-cart").waitFor({ state: "hidden" });
    await item("Dumplings")(page).click();
    await page.getByTestId("add-to-cart").click();
    await page.getByTestId("add-to-cart").waitFor({ state: "hidden" });
    await diner.openCart();
    await expectChinese(page, "cart");

    const extras = new CartExtras(page);
    await extras.applyCode("NOSUCHCODE");
    await expect.poll(() => extras.error().innerText()).toContain("无法识别此优惠码");
    await expectChinese(page, "cart with a bad coupon");

    // The kitchen runs out of dumplings as the order is on its way: the server refuses it, not the page.
    await page.route(
      "**/api/orders",
      async (route) => {
        expect((await setSoldOut(server, owner, shop.item("Dumplings").id, true)).status).toBeLessThan(300);
        await route.continue();
      },
      { times: 1 },
    );
    await diner.orderButton().click();
    const refusal = page.getByRole("alert").filter({ hasText: "Dumplings" }).first();
    await expect.poll(() => refusal.innerText()).toContain("抱歉，Dumplings 已售罄");
    // The cart line says so too, once the menu has caught up.
    await expect.poll(() => page.locator(".cart-line__problem").allInnerTexts()).toContain("已售罄，请删除");
    await expectChinese(page, "cart with a sold-out dish");
    await setSoldOut(server, owner, shop.item("Dumplings").id, false);
    // Back in stock: the order goes through and the table's cart is empty for the next test.
    await expect.poll(() => diner.orderButton().isEnabled()).toBe(true);
    await diner.placeOrder();
    await page.close();
  });

  it("order page placed, then cancelled with a preset reason or in staff's own words; the not-found page", async () => {
    const page = await phone.newPage();
    const diner = new DinerPage(page);
    await diner.open(`${server.url}/t/${shop.tableToken}`);
    await diner.addItem("Tea");
    await diner.placeOrder();
    await expectChinese(page, "order page");

    const cancel = (body: unknown) =>
      postJson(`${server.url}/api/merchant/orders/${diner.orderId()}/status`, body, { Cookie: owner });
    expect((await cancel({ status: "cancelled", reasonCode: "kitchen_closing" })).status).toBe(200);
    await expect.poll(() => page.getByTestId("cancel-reason").innerText()).toContain("厨房即将打烊");
    await expectChinese(page, "cancelled order");

    await diner.open(`${server.url}/t/${shop.tableToken}`);
    await diner.addItem("Tea");
    await diner.placeOrder();
    expect((await cancel({ status: "cancelled", reason: "Oat milk ran out, sorry" })).status).toBe(200);
    // Staff's own words stay as typed, under a label that says whose words they are.
    await expect
      .poll(() => page.getByTestId("cancel-reason-words").innerText())
      .toBe("Oat milk ran out, sorry");
    expect(await page.getByTestId("cancel-reason").innerText()).toContain("店员留言（原文）");
    await expectChinese(page, "order cancelled in staff's words", ["Oat milk ran out, sorry"]);

    await page.goto(`${server.url}/no/such/page`);
    await page.getByRole("heading", { name: "页面不存在" }).waitFor();
    expect(await page.getByRole("button", { name: "English" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "这部手机上的订单" }).getAttribute("href")).toBe("/orders");
    await expectChinese(page, "not-found page");
    await page.close();
  });

  it("a completed order, its rating page, the history and the receipt, dates included", async () => {
    const page = await phone.newPage();
    const diner = new DinerPage(page);
    await diner.open(`${server.url}/t/${shop.tableToken}`);
    await diner.addItem("Tea");
    await diner.placeOrder();
    await completeOrder(server.url, owner, diner.orderId(), { paidBy: "card" });
    await page.getByRole("link", { name: "评价菜品" }).waitFor();
    await expectChinese(page, "completed order");

    await page.getByRole("link", { name: "评价菜品" }).click();
    await page.getByTestId("rate-line").first().waitFor();
    await expectChinese(page, "rating page");

    await page.goto(`${server.url}/orders`);
    await expect.poll(() => page.getByTestId("history-entry").count()).toBeGreaterThan(1);
    const year = new Date().getFullYear();
    await expect.poll(() => page.getByTestId("history-entry").first().innerText()).toContain(`${year}年`);
    await expectChinese(page, "history");

    await page.getByTestId("history-entry").first().getByRole("button", { name: "收据" }).click();
    await page.waitForURL(/\/r\//);
    await page.getByTestId("receipt-total").waitFor();
    expect(await page.locator(".receipt__meta time").innerText()).toContain(`${year}年`);
    await expectChinese(page, "receipt");
    await page.close();
  });

  it("an English phone reads dates in English, on the shop's clock", async () => {
    const english = await browser.newContext({ locale: "en-US" });
    const page = await english.newPage();
    const diner = new DinerPage(page);
    await diner.open(`${server.url}/t/${shop.tableToken}`);
    await diner.addItem("Tea");
    await diner.placeOrder();
    await page.goto(`${server.url}/orders`);
    const entry = page.getByTestId("history-entry").first();
    await expect.poll(() => entry.innerText()).toContain(String(new Date().getFullYear()));
    expect(await entry.locator("time").innerText()).not.toMatch(/\p{Script=Han}/u);
    await english.close();
  });
});
