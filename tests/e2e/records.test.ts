import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, postJson } from "../support/api.js";
import { completeOrder } from "../support/completed-order.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { BoardPage } from "./pages/board-page.js";
import { DinerPage } from "./pages/diner-page.js";
import { RecordsPage } from "./pages/history-page.js";
import { artifact, launchBrowser } from "./support/browser.js";

let server: TestServer;
let browser: Browser;
let shop: TestShop;
let cookie: string;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  shop = await createTestShop(server, { currency: "EUR", locale: "en-IE", timezone: "Europe/Dublin" });
  cookie = await login(server.url, shop.owner.email, shop.owner.password);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const phone = () =>
  browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "en-US",
  });

describe("a diner's records: history, ratings and a shareable receipt", () => {
  let context: BrowserContext;
  let receiptUrl = "";

  it("rates the dishes of a completed order, and the menu then shows their averages", async () => {
    context = await phone();
    const diner = new DinerPage(await context.newPage());
    await diner.open(`${server.url}/t/${shop.tableToken}`);
    await diner.addItem("Tea", [], 2);
    await diner.addItem("Dumplings");
    await diner.placeOrder();
    const orderId = diner.orderId();
    // Nothing to rate before the kitchen is done: the order page offers no rating yet.
    expect(await diner.page.getByRole("link", { name: "Rate dishes" }).count()).toBe(0);

    await completeOrder(server.url, cookie, orderId, { paidBy: "card" });
    await diner.page.getByRole("link", { name: "Rate dishes" }).waitFor();
    await diner.page.screenshot({ path: artifact("diner-order-completed.png"), fullPage: true });
    await diner.page.getByRole("link", { name: "Rate dishes" }).click();
    const records = new RecordsPage(diner.page);
    await diner.page.getByTestId("rate-line").first().waitFor();
    await records.rate("Tea", 4, "Lovely & <b>fragrant</b>");
    await records.rate("Dumplings", 5);
    await diner.page.screenshot({ path: artifact("diner-rating-form.png"), fullPage: true });
    await diner.page.getByRole("button", { name: "Send ratings" }).click();
    await diner.page.getByText("Thanks for rating!").waitFor();
    expect(await diner.page.getByText("Rated", { exact: true }).count()).toBe(2);
    // The comment is text, as typed: no bold element was made from it.
    await diner.page.getByText("“Lovely & <b>fragrant</b>”").waitFor();
    await diner.page.screenshot({ path: artifact("diner-rating.png"), fullPage: true });

    const rows = await server.db
      .selectFrom("dishRatings")
      .select(["score", "comment"])
      .where("orderId", "=", orderId)
      .execute();
    expect(rows.map((r) => r.score).sort()).toEqual([4, 5]);

    await diner.open(`${server.url}/t/${shop.tableToken}`);
    const tea = diner.page.getByTestId("menu-item").filter({ hasText: "Tea" });
    expect(await tea.innerText()).toContain("4.0 (1)");
    expect(await tea.getByText("Rated 4.0 out of 5 by 1 diner").count()).toBe(1);
    await diner.page.screenshot({ path: artifact("diner-menu-ratings.png") });
  });

  it("lists past orders on the history page, and opens a receipt from there", async () => {
    const diner = new DinerPage(await context.newPage());
    // A second, still-open order, so the history shows more than one state.
    await diner.open(`${server.url}/t/${shop.tableToken}`);
    await diner.addItem("Latte", ["Large", "Oat milk"]);
    await diner.placeOrder();
    // Paid at the till with a tip: the history shows what the diner paid, tip included.
    const paid = await postJson(
      `${server.url}/api/merchant/orders/${diner.orderId()}/paid`,
      { tender: "card", tip: 250 },
      { Cookie: cookie },
    );
    expect(paid.status).toBe(200);
    const { total } = await server.db
      .selectFrom("orders")
      .select("total")
      .where("id", "=", diner.orderId())
      .executeTakeFirstOrThrow();
    const withTip = new Intl.NumberFormat("en-IE", { style: "currency", currency: "EUR" }).format(
      (Number(total) + 250) / 100,
    );

    const records = new RecordsPage(diner.page);
    await records.openHistory(server.url);
    await expect.poll(() => records.historyEntries().count()).toBe(2);
    const [open, done] = [records.historyEntries().nth(0), records.historyEntries().nth(1)];
    await expect.poll(() => open.innerText()).toContain("Placed");
    expect(await open.innerText()).toContain(withTip);
    await expect.poll(() => done.innerText()).toContain("Completed");
    expect(await done.innerText()).toContain(`Shop ${shop.slug}`);
    expect(await done.innerText()).toContain("€62.00");
    expect(await done.innerText()).toContain("3 items");
    // Only a completed order offers rating; both offer their receipt.
    expect(await open.getByRole("link", { name: "Rate dishes" }).count()).toBe(0);
    expect(await done.getByRole("link", { name: "Rate dishes" }).count()).toBe(1);
    await diner.page.screenshot({ path: artifact("diner-history.png"), fullPage: true });

    await done.getByRole("button", { name: "Receipt" }).click();
    await diner.page.waitForURL(/\/r\/[A-Za-z0-9_-]{32}$/);
    await expect.poll(() => records.receiptTotal().innerText()).toBe("€62.00");
    receiptUrl = diner.page.url();
    // The phone that placed the order may have the receipt emailed; the address is optional.
    await diner.page.getByRole("heading", { name: "Email me this receipt" }).waitFor();
    await diner.page.screenshot({ path: artifact("diner-receipt.png"), fullPage: true });
    // The receipt speaks the diner's language like every other diner page, and switches in place.
    await diner.page.getByRole("button", { name: "中文" }).click();
    await diner.page.getByRole("heading", { name: "把收据发到我的邮箱" }).waitFor();
    await diner.page.screenshot({ path: artifact("diner-receipt-zh.png"), fullPage: true });
    await diner.page.getByRole("button", { name: "English" }).click();
    await diner.page.getByRole("heading", { name: "Email me this receipt" }).waitFor();
  });

  it("opens the shared receipt link on a fresh phone with nothing stored", async () => {
    const stranger = await phone();
    const page = await stranger.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(receiptUrl);
    const records = new RecordsPage(page);
    await expect.poll(() => records.receiptTotal().innerText()).toBe("€62.00");
    const receipt = await page.locator("article.receipt").innerText();
    expect(receipt).toContain(`Shop ${shop.slug}`);
    expect(receipt).toContain("2×");
    expect(receipt).toContain("Dumplings");
    expect(receipt).toContain("Paid by card");
    // A stranger gets the receipt only: no email form, no order, no live status channel.
    expect(await page.getByRole("heading", { name: "Email me this receipt" }).count()).toBe(0);
    expect(requests.some((url) => url.includes("/api/orders") || url.includes("socket.io"))).toBe(false);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.getByRole("button", { name: "Share receipt" }).waitFor();
    await stranger.close();

    const missing = await phone();
    const lost = await missing.newPage();
    await lost.goto(`${server.url}/r/${"x".repeat(32)}`);
    await lost.getByRole("heading", { name: "Receipt not found" }).waitFor();
    await missing.close();
    await context.close();
  });

  it("shows managers each dish's ratings in the console", async () => {
    for (const viewport of [
      { width: 1024, height: 768, name: "merchant-ratings.png" },
      { width: 768, height: 1024, name: "merchant-ratings-portrait.png" },
    ]) {
      const tablet = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
      });
      const board = new BoardPage(await tablet.newPage());
      await board.signIn(server.url, shop.owner.email, shop.owner.password);
      await board.page.getByRole("link", { name: "Ratings" }).click();
      const dishes = board.page.getByTestId("dish-rating");
      await expect.poll(() => dishes.count()).toBe(2);
      // Weakest first: Tea (4.0) above Dumplings (5.0), with the diner's comment as text.
      expect(await dishes.nth(0).innerText()).toContain("Tea");
      expect(await dishes.nth(0).innerText()).toContain("Lovely & <b>fragrant</b>");
      expect(await dishes.nth(1).innerText()).toContain("5.0");
      await board.page.screenshot({ path: artifact(viewport.name) });
      await tablet.close();
    }
  });
});
