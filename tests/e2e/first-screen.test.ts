import { createHash } from "node:crypto";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, placeOrder } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { addCategory, addItem } from "../support/menu.js";
import { call } from "../support/tables.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { DinerPage } from "./pages/diner-page.js";
import { artifact, launchBrowser } from "./support/browser.js";

let server: TestServer;
let shop: TestShop;
let browser: Browser;
let owner: string;
// Shop input that would run script, end the page's JSON element or act as a replacement pattern if the
// server pasted it into the page as it is.
const HOSTILE_ITEM = `<img src=x onerror="__pwned=1">'&</script><script>__pwned=2</script>`;
const HOSTILE_CATEGORY = "$& $' <b>bold</b>";

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
  browser = await launchBrowser();
  owner = await login(server.url, shop.owner.email, shop.owner.password);
  const category = await addCategory(server, owner, HOSTILE_CATEGORY);
  await addItem(server, owner, {
    categoryId: category,
    name: HOSTILE_ITEM,
    price: 100,
    description: "<i>x</i>",
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
});
async function phone(options: { javaScriptEnabled?: boolean; locale?: string } = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: options.locale ?? "en-US",
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  contexts.push(context);
  return context.newPage();
}
const pageHtml = async (path: string, acceptLanguage = "en-US,en;q=0.9") =>
  (await fetch(`${server.url}${path}`, { headers: { "Accept-Language": acceptLanguage } })).text();

describe("the menu page's first screen, drawn by the server", () => {
  it("paints the shop, its categories and dishes with no JavaScript at all", async () => {
    const page = await phone({ javaScriptEnabled: false });
    await page.goto(`${server.url}/t/${shop.tableToken}`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(shop.menu.shop.name);
    expect(await page.title()).toBe(`${shop.menu.shop.name} · TableTap`);
    expect(await page.locator(".menu-header__eyebrow").innerText()).toBe(`Table ${shop.tables[0]?.label}`);
    const categories = await page.getByRole("navigation", { name: "Menu categories" }).getByRole("link");
    expect(await categories.allInnerTexts()).toEqual([
      ...shop.menu.categories.map((category) => category.name),
      HOSTILE_CATEGORY,
    ]);
    const tea = page.getByRole("button").filter({ hasText: "Tea" }).first();
    expect(await tea.innerText()).toContain("¥");
    await page.screenshot({ path: artifact("first-screen-no-js.png") });
  });

  it("shows what the shop typed as text: hostile names run nothing and break nothing", async () => {
    const html = await pageHtml(`/t/${shop.tableToken}`);
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<script>__pwned");
    expect(html).not.toContain("<b>bold</b>");
    expect(html).toContain(
      "&lt;img src=x onerror=&quot;__pwned=1&quot;&gt;&#39;&amp;&lt;/script&gt;&lt;script&gt;__pwned=2",
    );

    const page = await phone();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    await page.goto(`${server.url}/t/${shop.tableToken}`);
    const hostile = page.getByTestId("menu-item").filter({ hasText: "onerror" });
    await hostile.waitFor();
    expect(await hostile.locator(".item-card__name").innerText()).toBe(HOSTILE_ITEM);
    expect(await page.getByRole("heading", { name: HOSTILE_CATEGORY }).count()).toBe(1);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it("speaks the browser's language: Chinese for any zh, English otherwise", async () => {
    const chinese = await pageHtml(`/t/${shop.tableToken}`, "fr-FR, zh-TW;q=0.8");
    expect(chinese).toContain('<html lang="zh-CN">');
    expect(chinese).toContain(`桌号 ${shop.tables[0]?.label}`);
    expect(chinese).toContain('aria-label="菜单分类"');
    const english = await pageHtml(`/t/${shop.tableToken}`, "de-DE, en-GB;q=0.9, zh-CN;q=0.8");
    expect(english).toContain('<html lang="en">');
    expect(english).toContain(`Table ${shop.tables[0]?.label}`);
    expect(await pageHtml(`/t/${shop.tableToken}`, "")).toContain('<html lang="en">');
  });

  it("adds the app's scripts only after the first paint, by the one inline script its policy allows", async () => {
    const response = await fetch(`${server.url}/t/${shop.tableToken}`);
    const html = await response.text();
    expect(html).not.toMatch(/<script type="module"|<link rel="modulepreload"/);
    const inline = [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((match) => match[1] ?? "");
    expect(inline).toHaveLength(1);
    const hash = createHash("sha256")
      .update(inline[0] ?? "")
      .digest("base64");
    const scriptSrc = response.headers.get("content-security-policy")?.match(/script-src ([^;]*)/)?.[1];
    expect(scriptSrc?.split(" ")).toEqual(["'self'", `'sha256-${hash}'`]);
    // The plain app page has nothing to show without the app, so it fetches it from the start.
    const plain = await fetch(`${server.url}/`);
    expect(await plain.text()).toMatch(/<script type="module"[^>]*src="\/assets\//);
    expect(plain.headers.get("content-security-policy")).toContain("script-src 'self';");
  });

  it("tells an unknown or replaced code nothing more than the plain app page", async () => {
    const plain = await pageHtml("/");
    expect(await pageHtml("/t/AAAAAAAAAAAAAAAAAAAAAA")).toBe(plain);
    expect(await pageHtml("/t/<script>")).toBe(plain);
    const table = shop.tables[2];
    if (!table) throw new Error("the test shop has three tables");
    const rotated = await call(server, "POST", `/api/merchant/tables/${table.id}/token`, { cookie: owner });
    expect(rotated.status).toBe(200);
    const replaced = await pageHtml(`/t/${table.token}`);
    expect(replaced).toBe(plain);
    expect(replaced).not.toContain(shop.menu.shop.name);
    expect(replaced).not.toContain('id="table-menu"');
  });

  it("hands over to the app, which starts from the page's menu and works as before", async () => {
    const page = await phone();
    const menuRequests: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/api/tables/")) menuRequests.push(request.url());
    });
    const diner = new DinerPage(page);
    await diner.open(`${server.url}/t/${shop.tables[1]?.token}`);
    // The app drew the menu (its cards carry test ids the server's do not) without fetching it again.
    expect(await page.getByTestId("menu-item").count()).toBe(
      shop.menu.categories.reduce((sum, category) => sum + category.items.length, 0) + 1,
    );
    expect(menuRequests.filter((url) => url.endsWith(`/api/tables/${shop.tables[1]?.token}`))).toEqual([]);
    await diner.addItem("Tea");
    await diner.openCart();
    await diner.placeOrder();
    expect(await page.getByTestId("pickup-number").innerText()).toMatch(/\d/);
  });

  it("brings the table's tab with the menu: the app shows it without asking, hostile dish names as text", async () => {
    const table = shop.tables[0];
    // The hostile dish is the only one in the last category.
    const menu = await (await fetch(`${server.url}/api/tables/${table?.token}`)).json();
    const dish = menu.categories.at(-1).items[0];
    expect(dish.name).toBe(HOSTILE_ITEM);
    const placed = await placeOrder(server.url, {
      tableToken: table?.token,
      lines: [{ itemId: dish.id, quantity: 2 }],
    });
    expect(placed.status).toBe(201);

    const html = await pageHtml(`/t/${table?.token}`);
    expect(html).not.toContain("</script><script>__pwned");
    // Drawn by the server too (tab and call-staff buttons), so the menu below does not move when the app takes over.
    const still = await phone({ javaScriptEnabled: false });
    await still.goto(`${server.url}/t/${table?.token}`);
    expect(await still.locator(".tab-button").innerText()).toContain("1 round · ¥2.00");
    expect(await still.locator(".call-staff__button").innerText()).toBe("Call staff");
    const navTop = async (page: typeof still) => (await page.locator(".category-nav").boundingBox())?.y;
    const serverNavTop = await navTop(still);
    expect(serverNavTop).toBeGreaterThan(0);
    const page = await phone();
    const tabRequests: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.endsWith("/tab")) tabRequests.push(request.url());
    });
    await new DinerPage(page).open(`${server.url}/t/${table?.token}`);
    const button = page.getByTestId("tab-button");
    await button.waitFor();
    expect(await button.innerText()).toContain("1 round · ¥2.00");
    await page.getByTestId("call-staff").waitFor();
    expect(await navTop(page)).toBe(serverNavTop);
    await button.click();
    expect(await page.getByRole("dialog").innerText()).toContain(HOSTILE_ITEM);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(tabRequests).toEqual([]);
  });
});
