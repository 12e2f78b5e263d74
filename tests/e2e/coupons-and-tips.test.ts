import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { BoardPage } from "./pages/board-page.js";
import { CartExtras, CouponsPage } from "./pages/coupons-page.js";
import { DinerPage } from "./pages/diner-page.js";
import { SandboxCheckoutPage } from "./pages/sandbox-checkout-page.js";
import { artifact, launchBrowser } from "./support/browser.js";

let server: TestServer;
let shop: TestShop;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server, { paymentMode: "pay_first" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("coupons and tips", () => {
  it("a manager creates a code; a diner applies it in the cart and pays with a tip through the sandbox", async () => {
    const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const board = new BoardPage(await tablet.newPage());
    await board.signIn(server.url, shop.owner.email, shop.owner.password);
    const coupons = new CouponsPage(board.page);
    // Two codes made earlier through the API, so the list shows a scheduled and a paused one too.
    const api = `${server.url}/api/merchant/coupons`;
    const lunch = { code: "LUNCH5", kind: "fixed", value: 500, minSpend: 4000, startsAt: "2030-01-01T11:00" };
    expect((await board.page.request.post(api, { data: lunch })).status()).toBe(201);
    const staff = await board.page.request.post(api, {
      data: { code: "TEAM50", kind: "percent", value: 50, usageLimit: 20 },
    });
    const { coupon: team } = (await staff.json()) as { coupon: { id: string } };
    expect((await board.page.request.patch(`${api}/${team.id}`, { data: { paused: true } })).status()).toBe(
      200,
    );
    await board.page.getByRole("link", { name: "Coupons" }).click();
    await coupons.page.getByRole("heading", { name: "Coupons", level: 1 }).waitFor();
    await coupons.create({
      code: "welcome15",
      percent: 15,
      minSpend: "30",
      usageLimit: "100",
      perPhone: "1",
    });
    const card = coupons.card("WELCOME15");
    expect(await card.getByTestId("coupon-status").innerText()).toBe("Active");
    expect(await card.innerText()).toContain("15% off");
    expect(await card.innerText()).toContain("0 of 100 used · 1 per phone");
    await board.page.screenshot({ path: artifact("coupons-console.png"), animations: "disabled" });
    await card.scrollIntoViewIfNeeded();
    await board.page.screenshot({ path: artifact("coupons-console-list.png"), animations: "disabled" });
    await board.page.setViewportSize({ width: 768, height: 1024 });
    await board.page.screenshot({ path: artifact("coupons-console-portrait.png"), animations: "disabled" });

    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const diner = new DinerPage(await phone.newPage());
    const extras = new CartExtras(diner.page);
    await diner.open(`${server.url}/t/${shop.tableToken}`);
    await diner.addItem("Latte", ["Large", "Oat milk"]);
    await diner.addItem("Dumplings");
    await diner.openCart();

    // A wrong code says so in words a diner understands, and changes nothing.
    await extras.applyCode("NOPE123");
    await expect.poll(() => extras.error().innerText()).toMatch(/don't recognise this code/);
    expect(await diner.orderButton().innerText()).toContain("67.00");

    // Latte 28 + Large 4 + Oat 3, Dumplings 32 = ¥67.00; 15% off = ¥10.05 → ¥56.95.
    await extras.applyCode("welcome15");
    await extras.applied().waitFor();
    expect(await extras.applied().innerText()).toContain("WELCOME15");
    expect(await extras.discount().innerText()).toContain("10.05");
    expect(await diner.orderButton().innerText()).toContain("56.95");
    // A reload keeps the applied code (the server checks it again).
    await diner.page.reload();
    await diner.openCart();
    await extras.applied().waitFor();
    expect(await diner.orderButton().innerText()).toContain("56.95");

    // A 10% tip on what the food costs after the discount: ¥5.70 → ¥62.65 charged.
    await extras.chooseTip(10);
    expect(await extras.tip().innerText()).toContain("5.70");
    expect(await diner.orderButton().innerText()).toContain("62.65");
    await diner.page.screenshot({ path: artifact("cart-coupon.png"), animations: "disabled" });
    await diner.page.getByTestId("tip-picker").scrollIntoViewIfNeeded();
    await diner.page.screenshot({ path: artifact("cart-coupon-tip.png"), animations: "disabled" });

    await diner.placeOrderAndPay();
    const checkout = new SandboxCheckoutPage(diner.page);
    await checkout.waitForLoad();
    expect(await checkout.amount()).toContain("62.65");
    await checkout.pay();
    await expect.poll(() => diner.paymentStatus().innerText(), { timeout: 10_000 }).toBe("Paid");
    const orderId = diner.orderId();
    expect(await diner.page.getByTestId("order-discount").innerText()).toContain("10.05");
    expect(await diner.page.getByTestId("order-tip").innerText()).toContain("62.65");
    await diner.page.screenshot({ path: artifact("diner-paid-with-coupon-and-tip.png"), fullPage: true });

    const row = await server.db
      .selectFrom("orders")
      .selectAll()
      .where("id", "=", orderId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      subtotal: 6700,
      discount: 1005,
      total: 5695,
      tip: 570,
      couponCode: "WELCOME15",
    });
    const payment = await server.db
      .selectFrom("payments")
      .selectAll()
      .where("orderId", "=", orderId)
      .executeTakeFirstOrThrow();
    expect(payment).toMatchObject({ status: "paid", amount: 6265 });

    // The board's detail shows the coupon and the tip apart from the total; the console counts the use.
    await board.page.setViewportSize({ width: 1024, height: 768 });
    await board.page.getByRole("link", { name: "Board" }).click();
    await board.card(orderId).waitFor({ timeout: 10_000 });
    await board.card(orderId).click();
    await board.page.getByTestId("detail-tip").waitFor();
    expect(await board.page.getByTestId("detail-discount").innerText()).toContain("WELCOME15");
    expect(await board.page.getByTestId("detail-tip").innerText()).toContain("5.70");
    await board.page.screenshot({ path: artifact("board-detail-coupon-tip.png"), animations: "disabled" });
    await board.page.goto(`${server.url}/merchant/coupons`);
    await expect.poll(() => coupons.card("WELCOME15").innerText()).toContain("1 of 100 used");

    await phone.close();
    await tablet.close();
  });
});
