import { generateHistory } from "@tabletap/server/features/reports/history/generate-history";
import { addDays, formatMoney, localDay } from "@tabletap/shared";
import { parse } from "csv-parse/sync";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { BoardPage } from "./pages/board-page.js";
import { ReportsPage } from "./pages/reports-page.js";
import { artifact, launchBrowser } from "./support/browser.js";

let server: TestServer;
let shop: TestShop;
let browser: Browser;
const STANDING = ["placed", "accepted", "preparing", "ready", "completed"];

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server, { timezone: "Asia/Shanghai" });
  await generateHistory(server.db, {
    shopId: shop.shopId,
    days: 40,
    ordersPerDay: 60,
    now: Date.now(),
    seed: 7,
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Sums straight from the orders table, the way an accountant would check the page. */
async function databaseSums(from: string, to: string) {
  const rows = await server.db
    .selectFrom("orders")
    .select(["status", "total", "subtotal", "discount"])
    .where("shopId", "=", shop.shopId)
    .where("businessDay", ">=", from)
    .where("businessDay", "<=", to)
    .execute();
  const standing = rows.filter((r) => STANDING.includes(r.status));
  return {
    all: rows.length,
    orders: standing.length,
    net: standing.reduce((s, r) => s + Number(r.total), 0),
  };
}

describe("the sales report in the console", () => {
  it("shows a month of seeded history that matches the database and downloads it as CSV", async () => {
    const tablet = await browser.newContext({
      viewport: { width: 1024, height: 768 },
      acceptDownloads: true,
    });
    const board = new BoardPage(await tablet.newPage());
    await board.signIn(server.url, shop.owner.email, shop.owner.password);
    const reports = new ReportsPage(board.page);
    await reports.open();
    await reports.choose("Last 30 days");

    const today = localDay(Date.now(), "Asia/Shanghai");
    const from = addDays(today, -29);
    const sums = await databaseSums(from, today);
    expect(sums.orders).toBeGreaterThan(1000);
    await expect.poll(() => reports.kpi("net").textContent()).toBe(formatMoney(sums.net, "CNY", "zh-CN"));
    expect(await reports.kpi("orders").textContent()).toBe(sums.orders.toLocaleString("en-US"));
    await board.page.locator(".recharts-bar-rectangle").first().waitFor();
    await board.page.screenshot({ path: artifact("reports-1024x768.png") });
    // The page scrolls inside the shell; show its charts and breakdown tables too.
    await board.page.getByRole("region", { name: "Items" }).scrollIntoViewIfNeeded();
    await board.page.mouse.move(1, 1);
    await board.page.screenshot({ path: artifact("reports-1024x768-breakdowns.png") });

    const orders = await reports.download(
      board.page.getByRole("link", { name: "Download all orders (CSV)" }),
    );
    expect(orders.name).toBe(`${shop.slug}-orders-${from}-to-${today}.csv`);
    const rows = parse(orders.text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(sums.all);
    const sales = rows.filter((r) => r["Counts as"] === "sale");
    expect(sales).toHaveLength(sums.orders);
    // Decimal yuan in the file, summed back to fen: equal to the minor unit.
    const fen = sales.reduce((s, r) => s + Math.round(Number(r["Total (CNY)"]) * 100), 0);
    expect(fen).toBe(sums.net);

    const items = await reports.download(
      board.page.getByRole("region", { name: "Items" }).getByRole("link", { name: "CSV" }),
    );
    const itemRows = parse(items.text, { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(itemRows[0] ?? {})).toEqual([
      "Item",
      "Category",
      "Quantity",
      "Sales before discounts (CNY)",
    ]);
    const sold = await server.db
      .selectFrom("orderLines")
      .innerJoin("orders", "orders.id", "orderLines.orderId")
      .select(["orderLines.name", (eb) => eb.fn.sum<number>("orderLines.quantity").as("quantity")])
      .where("orders.shopId", "=", shop.shopId)
      .where("orders.businessDay", ">=", from)
      .where("orders.status", "in", STANDING)
      .groupBy("orderLines.name")
      .execute();
    expect(Object.fromEntries(itemRows.map((r) => [r.Item, Number(r.Quantity)]))).toEqual(
      Object.fromEntries(sold.map((r) => [r.name, Number(r.quantity)])),
    );
    await tablet.close();
  });

  it("fits a portrait tablet", async () => {
    const tablet = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    const board = new BoardPage(await tablet.newPage());
    await board.signIn(server.url, shop.owner.email, shop.owner.password);
    const reports = new ReportsPage(board.page);
    await reports.open();
    await reports.choose("Last 7 days");
    await board.page.locator(".recharts-bar-rectangle").first().waitFor();
    const overflow = await board.page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    );
    expect(overflow).toBe(false);
    await board.page.screenshot({ path: artifact("reports-768x1024.png") });
    await tablet.close();
  });
});
