import type { Order } from "@tabletap/shared";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, placeOrder } from "../support/api.js";
import { FakePrinter } from "../support/fake-printer.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { kitchenApi } from "../support/kitchen.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { BoardPage } from "./pages/board-page.js";
import { StationTablet } from "./pages/station-tablet.js";
import { artifact, launchBrowser } from "./support/browser.js";

let server: TestServer;
let browser: Browser;
let shop: TestShop;
let stations: { kitchen: string; bar: string };

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  shop = await createTestShop(server);
  const api = kitchenApi(server.url, await login(server.url, shop.owner.email, shop.owner.password));
  const kitchen = (await api.createStation({ name: "Kitchen" })).body;
  const bar = (await api.createStation({ name: "Bar" })).body;
  const drinks = shop.menu.categories.find((category) => category.name === "Drinks")?.items ?? [];
  await api.routeItems(
    bar.id,
    drinks.map((item) => item.id),
  );
  stations = { kitchen: kitchen.id, bar: bar.id };
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const order = async (lines: { name: string; options?: string[] }[]): Promise<Order> => {
  const placed = await placeOrder(server.url, {
    tableToken: shop.tableToken,
    lines: lines.map((line) => ({
      itemId: shop.item(line.name).id,
      quantity: 1,
      optionIds: (line.options ?? []).map((option) => shop.option(line.name, option)),
    })),
  });
  if (placed.status !== 201) throw new Error(`order failed: ${JSON.stringify(placed.body)}`);
  return placed.body.order;
};

describe("a bar tablet", () => {
  it("sees only drinks, and its bump leaves the order to the kitchen until the kitchen's too", async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    const board = new BoardPage(await context.newPage());
    try {
      await board.signIn(server.url, shop.owner.email, shop.owner.password);
      const tablet = new StationTablet(board);
      await tablet.become("Bar");

      const mixed = await order([{ name: "Latte", options: ["Regular"] }, { name: "Dumplings" }]);
      const food = await order([{ name: "Dumplings" }]);
      await board.card(mixed.id).waitFor();
      expect(await tablet.dishes(mixed.id)).toEqual([expect.stringContaining("Latte")]);
      // Give the food-only order every chance to show up before saying it does not.
      await board.page.waitForTimeout(1000);
      expect(await board.card(food.id).count()).toBe(0);
      const names = await board.page.locator(".order-lines .line-main").allInnerTexts();
      expect(names.some((name) => name.includes("Dumplings"))).toBe(false);

      await board.move(mixed.id, "Accept");
      await tablet.done(mixed.id, "Bar");
      await board.card(mixed.id).getByRole("button", { name: "Bar done" }).waitFor({ state: "detached" });
      expect(await board.card(mixed.id).getAttribute("data-status")).not.toBe("ready");

      // The kitchen's tablet finishes its part: the order turns ready on the bar's board too.
      const api = kitchenApi(server.url, await login(server.url, shop.owner.email, shop.owner.password));
      expect((await api.bump(mixed.id, stations.kitchen)).body.order.status).toBe("ready");
      await board.page.getByTestId("column-ready").locator(`[data-order-id="${mixed.id}"]`).waitFor();
    } catch (error) {
      await board.page.screenshot({ path: artifact("station-tablet.png") });
      throw error;
    } finally {
      await context.close();
    }
  }, 60_000);

  it("shows a printer that is off above the columns until it prints again", async () => {
    const printer = await FakePrinter.start();
    await printer.off();
    const api = kitchenApi(server.url, await login(server.url, shop.owner.email, shop.owner.password));
    const created = await api.createPrinter({
      stationId: stations.bar,
      name: "Bar printer",
      host: "127.0.0.1",
      port: printer.port,
    });
    expect(created.status).toBe(201);
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    const board = new BoardPage(await context.newPage());
    try {
      await board.signIn(server.url, shop.owner.email, shop.owner.password);
      const tea = await order([{ name: "Tea" }]);
      const banner = board.page.locator(`[data-printer-id="${created.body.id}"]`);
      await banner.waitFor({ timeout: 15_000 });
      expect(await banner.innerText()).toContain("Bar printer is not printing");
      await printer.on();
      await banner.waitFor({ state: "detached", timeout: 30_000 });
      expect(printer.ticketsWith(`#${tea.pickupNumber} `)).toHaveLength(1);
    } catch (error) {
      await board.page.screenshot({ path: artifact("printer-banner.png") });
      throw error;
    } finally {
      await context.close();
      await printer.stop();
    }
  }, 60_000);
});
