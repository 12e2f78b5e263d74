import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { call } from "../support/tables.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { BoardPage } from "./pages/board-page.js";
import { DinerPage } from "./pages/diner-page.js";
import { MenuEditorPage } from "./pages/menu-editor-page.js";
import { artifact, launchBrowser } from "./support/browser.js";

let server: TestServer;
let browser: Browser;
let shop: TestShop;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  // A shop whose own language is Chinese, with some dishes written in English too.
  shop = await createTestShop(server);
  const cookie = await login(server.url, shop.owner.email, shop.owner.password);
  const edit = (method: string, path: string, body: unknown) => call(server, method, path, { cookie, body });
  await edit("PATCH", `/api/merchant/menu/items/${shop.item("Dumplings").id}`, {
    name: "猪肉饺子",
    description: "白菜猪肉馅",
    allergens: ["gluten", "soybeans"],
    spicy: 1,
  });
  await edit("PUT", `/api/merchant/menu/translations/${shop.item("Dumplings").id}`, {
    translations: { en: { name: "Pork dumplings", description: "Cabbage and pork filling" } },
  });
  await edit("PATCH", `/api/merchant/menu/items/${shop.item("Latte").id}`, {
    allergens: ["milk"],
    diet: ["vegetarian"],
  });
  await edit("PATCH", `/api/merchant/menu/items/${shop.item("Tea").id}`, { diet: ["vegan"] });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the diner's menu in their language, filtered and searched", () => {
  it("reads dishes in the chosen language, shows allergens with words, hides by allergen and finds by name", async () => {
    const phone = await browser.newContext({
      locale: "en-GB",
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const diner = new DinerPage(await phone.newPage());
    await diner.open(`${server.url}/t/${shop.tableToken}`);
    const page = diner.page;
    const dishes = page.getByTestId("menu-item");
    const dumplings = dishes.filter({ hasText: "Pork dumplings" });

    // English where written, the shop's Chinese (marked as such) where not; allergens as pictures with words.
    expect(await dumplings.innerText()).toContain("Cabbage and pork filling");
    expect(await dumplings.innerText()).toMatch(/Contains[\s\S]*Gluten[\s\S]*Soy/);
    expect(await dumplings.innerText()).toContain("Spicy 1/3");
    expect(await dishes.filter({ hasText: "Latte" }).innerText()).toMatch(/Vegetarian[\s\S]*Milk/);
    await page.screenshot({ path: artifact("menu-languages-en.png") });

    // Chinese: the dish's own name, the words of the allergens in Chinese.
    await page.getByRole("button", { name: "中文" }).click();
    const chineseDumplings = dishes.filter({ hasText: "猪肉饺子" });
    await chineseDumplings.waitFor();
    expect(await chineseDumplings.innerText()).toMatch(/含有[\s\S]*麸质[\s\S]*大豆/);
    expect(await chineseDumplings.locator(".item-card__name").getAttribute("lang")).toBe("zh-CN");
    await page.screenshot({ path: artifact("menu-languages-zh.png") });
    await page.getByRole("button", { name: "English" }).click();
    await dumplings.waitFor();

    // "Hide dishes with peanuts and milk": the latte goes, the rest stays.
    const before = await dishes.count();
    await page.getByText("Hide dishes with").click();
    await page.getByRole("checkbox", { name: "Milk" }).check();
    await page.getByRole("checkbox", { name: "Peanuts" }).check();
    await expect.poll(() => dishes.count()).toBe(before - 1);
    expect(await dishes.filter({ hasText: "Latte" }).count()).toBe(0);
    await page.screenshot({ path: artifact("menu-allergen-filter.png") });
    await page.getByRole("checkbox", { name: "Milk" }).uncheck();
    await expect.poll(() => dishes.count()).toBe(before);

    // Search reads names and descriptions in the shown language.
    const search = page.getByPlaceholder("Search dishes");
    await search.fill("cabbage");
    await expect.poll(() => dishes.count()).toBe(1);
    expect(await dishes.first().innerText()).toContain("Pork dumplings");
    await search.fill("nothing like this");
    await page.getByText("No dishes match.").waitFor();
    await search.fill("");
    await expect.poll(() => dishes.count()).toBe(before);
    await phone.close();
  });

  it("the console shows the menu's names side by side, marks the missing ones, and a saved one reaches diners", async () => {
    const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const staffPage = await tablet.newPage();
    await new BoardPage(staffPage).signIn(server.url, shop.owner.email, shop.owner.password);
    await new MenuEditorPage(staffPage).open();
    const missing = staffPage.getByTestId("translations-missing");
    const before = Number((await missing.innerText()).match(/\d+/)?.[0]);
    expect(before).toBeGreaterThan(0);
    const teaRow = staffPage.getByTestId("translation-row").filter({ hasText: "Tea" }).first();
    const english = teaRow.getByLabel("Tea in en");
    expect(await english.getAttribute("placeholder")).toBe("Missing");
    await english.fill("Jasmine tea");
    await teaRow.getByRole("button", { name: "Save" }).click();
    await expect.poll(async () => Number((await missing.innerText()).match(/\d+/)?.[0])).toBe(before - 1);
    await staffPage.screenshot({ path: artifact("menu-translations-editor.png"), fullPage: true });
    await tablet.close();

    const menu = await fetch(`${server.url}/api/tables/${shop.tableToken}?lang=en`).then((r) => r.json());
    const names = (menu as { categories: { items: { name: string }[] }[] }).categories.flatMap((c) =>
      c.items.map((i) => i.name),
    );
    expect(names).toContain("Jasmine tea");
  });
});
