import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeOrder } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { BoardPage } from "./pages/board-page.js";
import { DinerPage } from "./pages/diner-page.js";
import { artifact, launchBrowser } from "./support/browser.js";

let server: TestServer;
let shop: TestShop;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server, { paymentMode: "both" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("pay at the counter in a shop that takes both", () => {
  it("the diner chooses the counter; staff mark it paid in cash and the phone says Paid", async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const diner = new DinerPage(await phone.newPage());
    const board = new BoardPage(await tablet.newPage());

    await board.signIn(server.url, shop.owner.email, shop.owner.password);
    await diner.open(`${server.url}/t/${shop.tableToken}`);
    await diner.addItem("Tea", [], 2);
    await diner.openCart();
    expect(await diner.payHint()).toBe("You'll pay online before the kitchen starts.");
    await diner.choosePayment("counter");
    expect(await diner.payHint()).toBe("You'll pay at the counter when you pick up.");
    expect(await diner.orderButton().innerText()).toContain("Place order");
    await diner.page.screenshot({ path: artifact("cart-payment-choice.png"), animations: "disabled" });

    await diner.placeOrder();
    const orderId = diner.orderId();
    expect(await diner.status().innerText()).toBe("Placed");
    expect(await diner.paymentStatus().innerText()).toBe("Pay at the counter");

    // Straight to the kitchen, with the money still to take at the till.
    const card = board.card(orderId);
    await card.waitFor({ timeout: 10_000 });
    expect(await board.paymentState(orderId).innerText()).toMatch(/^Unpaid\b.*counter/);
    await board.page.screenshot({ path: artifact("board-unpaid.png") });
    await board.markPaid(orderId, "Paid cash");
    await expect.poll(() => board.paymentState(orderId).innerText()).toMatch(/^Paid\b.*counter/);
    expect(await card.getByRole("button", { name: "Paid card" }).count()).toBe(0);

    await expect.poll(() => diner.paymentStatus().innerText(), { timeout: 5000 }).toBe("Paid");
    expect(await diner.status().innerText()).toBe("Placed");

    // The cart went with the order: ordering more starts empty, not with a replay of this one.
    await diner.orderMore();
    expect(await diner.cartBar().count()).toBe(0);

    await phone.close();
    await tablet.close();
  });

  it("cancelling an order paid in cash asks staff to hand the money back first, then it ends refunded", async () => {
    const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const board = new BoardPage(await tablet.newPage());
    await board.signIn(server.url, shop.owner.email, shop.owner.password);
    const placed = await placeOrder(server.url, {
      tableToken: shop.tableToken,
      payment: "counter",
      lines: [{ itemId: shop.item("Tea").id, quantity: 2 }],
    });
    expect(placed.status).toBe(201);
    const orderId = placed.body.order.id;
    await board.card(orderId).waitFor({ timeout: 10_000 });
    await board.markPaid(orderId, "Paid cash");
    await expect.poll(() => board.paymentState(orderId).innerText()).toMatch(/^Paid\b.*counter/);

    await board.startCancel(orderId, "Guest asked to cancel");
    const confirm = board.detail().getByTestId("confirm-cancel");
    const handedBack = board.detail().getByTestId("handed-back");
    expect(await board.detail().locator(".refund-notice").innerText()).toContain("¥30.00");
    expect(await confirm.isDisabled()).toBe(true);
    await board.page.screenshot({ path: artifact("board-cancel-hand-back.png") });
    await handedBack.check();
    await confirm.click();
    await expect.poll(() => board.card(orderId).getAttribute("data-status")).toBe("cancelled");
    // The detail stays open on the cancelled order (its card folds away under "Cancelled today").
    await expect
      .poll(() => board.detail().getByTestId("payment-state").innerText())
      .toMatch(/^Refunded\b.*counter/);
    const payment = await server.db
      .selectFrom("payments")
      .select("status")
      .where("orderId", "=", orderId)
      .executeTakeFirstOrThrow();
    expect(payment.status).toBe("refunded");
    await tablet.close();
  });
});
