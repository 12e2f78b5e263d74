import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { BoardPage } from "./pages/board-page.js";
import { DinerPage } from "./pages/diner-page.js";
import { artifact, launchBrowser } from "./support/browser.js";

const OWNER_PASSWORD = "e2e-owner-password";
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  // The demo seed, exactly as `npm start` makes it on a fresh database.
  server = await startTestServer({ env: { SEED_DEMO: "1", DEMO_OWNER_PASSWORD: OWNER_PASSWORD } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("scan, order, and see it live", () => {
  it("a diner orders from T1 on a phone; the board sees it, marks it ready, and the phone says Ready", async () => {
    const demo = server.demo;
    if (!demo) throw new Error("demo shop was not seeded");
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const diner = new DinerPage(await phone.newPage());
    const board = new BoardPage(await tablet.newPage());

    await board.signIn(server.url, demo.ownerEmail, OWNER_PASSWORD);
    await diner.open(`${server.url}/t/${demo.firstTableToken}`);
    expect(await diner.shopName()).toBe("Harbour Noodle & Coffee");
    await diner.page.screenshot({ path: artifact("diner-menu.png") });

    await diner.addItem("Latte", ["Large", "Oat milk"]);
    await diner.addItem("Pork Buns (3)");
    await diner.placeOrder();
    await expect.poll(() => diner.status().innerText()).toBe("Placed");
    const orderId = new URL(diner.page.url()).pathname.split("/").pop() ?? "";

    // The order reaches the board without a reload, with the server's total (28 + 4 + 3 + 18 = ¥53.00).
    const card = board.card(orderId);
    await card.waitFor({ timeout: 5000 });
    expect(await card.getAttribute("data-status")).toBe("placed");
    expect(await card.innerText()).toContain("53.00");
    expect(await card.innerText()).toContain("Oat milk");
    expect(await card.getByTestId("pickup-number").innerText()).toContain(String(await diner.pickupNumber()));

    await board.move(orderId, "Accept");
    await expect.poll(() => diner.status().innerText()).toBe("Accepted");
    await board.move(orderId, "Start preparing");
    await board.move(orderId, "Mark ready");
    await expect.poll(() => card.getAttribute("data-status")).toBe("ready");
    await board.page.screenshot({ path: artifact("merchant-board.png") });

    await expect.poll(() => diner.status().innerText(), { timeout: 5000 }).toBe("Ready");
    await diner.page.getByText("Your order is ready").waitFor();
    await diner.page.screenshot({ path: artifact("diner-ready.png"), fullPage: true });

    await phone.close();
    await tablet.close();
  });
});

describe("an order held until staff open the table", () => {
  it("tells the diner it waits for staff, then follows it into the kitchen once approved", async () => {
    const demo = server.demo;
    if (!demo) throw new Error("demo shop was not seeded");
    const shop = await server.db.selectFrom("shops").select("id").executeTakeFirstOrThrow();
    await server.db.updateTable("shops").set({ sittingsEnabled: 1 }).where("id", "=", shop.id).execute();
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const diner = new DinerPage(await phone.newPage());
    const board = new BoardPage(await tablet.newPage());
    const t2 = await server.db
      .selectFrom("tables")
      .select("token")
      .where("shopId", "=", shop.id)
      .where("label", "=", "T2")
      .executeTakeFirstOrThrow();
    await diner.open(`${server.url}/t/${t2.token}`);
    // A required one-of group (Americano's temperature) opens on the shop's first option: one tap adds it.
    await diner.page.getByTestId("menu-item").filter({ hasText: "Americano" }).first().click();
    expect(await diner.page.getByLabel("Hot", { exact: false }).isChecked()).toBe(true);
    await diner.page.getByTestId("add-to-cart").click();
    await diner.page.getByTestId("add-to-cart").waitFor({ state: "hidden" });
    await diner.addItem("Jasmine Tea");
    await diner.placeOrder();
    await expect.poll(() => diner.status().innerText()).toBe("Waiting for staff");
    expect(await diner.page.getByText("Staff will open your table first").count()).toBe(1);

    await board.signIn(server.url, demo.ownerEmail, OWNER_PASSWORD);
    const orderId = diner.orderId();
    await board.card(orderId).getByRole("button", { name: "Approve", exact: true }).click();
    await expect.poll(() => diner.status().innerText(), { timeout: 5000 }).toBe("Placed");
    await server.db.updateTable("shops").set({ sittingsEnabled: 0 }).where("id", "=", shop.id).execute();
    await phone.close();
    await tablet.close();
  });
});
