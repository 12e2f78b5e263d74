import { randomUUID } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import {
  orderAwaitingPayment,
  postNotification,
  pressSandbox,
  readOrder,
  signedNotification,
} from "../support/payments.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { BoardPage } from "./pages/board-page.js";
import { artifact, launchBrowser } from "./support/browser.js";

let server: TestServer;
let shop: TestShop;
let browser: Browser;

beforeAll(async () => {
  // Short enough to watch an order run out of time to pay, long enough to pay the others in time.
  server = await startTestServer({ env: { PAYMENT_TIMEOUT: "4" } });
  shop = await createTestShop(server, { paymentMode: "pay_first" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const tablet = () => browser.newContext({ viewport: { width: 1024, height: 768 } });

describe("payment alerts on the board", () => {
  it("a wrong payment amount shows in a banner above the columns until someone dismisses it", async () => {
    const context = await tablet();
    const board = new BoardPage(await context.newPage());
    await board.signIn(server.url, shop.owner.email, shop.owner.password);

    // A couple of paid orders in the lanes, as on a real service.
    for (const quantity of [1, 3]) {
      const paid = await orderAwaitingPayment(server, shop, quantity);
      await pressSandbox(paid, "pay");
      await board.card(paid.order.id).waitFor({ timeout: 10_000 });
    }

    const payment = await orderAwaitingPayment(server, shop, 2);
    const pickup = payment.order.pickupNumber;
    await postNotification(server, signedNotification(payment, { id: `evt_${randomUUID()}`, amount: 2999 }));
    const alert = board.paymentAlert(payment.order.id);
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.getAttribute("role")).toBe("alert");
    expect(await alert.getAttribute("data-reason")).toBe("amount_mismatch");
    const text = await alert.innerText();
    expect(text).toContain("Wrong payment amount");
    expect(text).toContain(`#${pickup}`);
    expect(text).toContain(
      `The payment provider reported ¥29.99 for order #${pickup} (T1), which comes to ¥30.00. The order stays unpaid and has not gone to the kitchen.`,
    );
    // Unpaid, so still not the kitchen's: only the two paid orders have cards.
    expect(await board.card(payment.order.id).count()).toBe(0);
    expect(await board.cards().count()).toBe(2);
    await board.page.screenshot({ path: artifact("board-payment-alert.png"), animations: "disabled" });

    // It stays: new orders and time passing do not push it away.
    await board.page.waitForTimeout(1000);
    expect(await alert.isVisible()).toBe(true);
    await board.dismissPaymentAlert(payment.order.id);
    await alert.waitFor({ state: "detached" });
    expect(await board.paymentAlerts().count()).toBe(0);
    await context.close();
  });

  it("a late payment refunded while no board was open shows once one opens, and stays dismissed", async () => {
    const payment = await orderAwaitingPayment(server, shop);
    await expect
      .poll(async () => (await readOrder(server, payment)).status, { timeout: 10_000, interval: 100 })
      .toBe("expired");
    await pressSandbox(payment, "pay");
    await expect
      .poll(async () => (await readOrder(server, payment)).paymentStatus, { timeout: 10_000, interval: 100 })
      .toBe("refunded");

    const context = await tablet();
    const board = new BoardPage(await context.newPage());
    await board.signIn(server.url, shop.owner.email, shop.owner.password);
    const alert = board.paymentAlert(payment.order.id);
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.getAttribute("data-reason")).toBe("late_payment_refunded");
    expect(await alert.innerText()).toContain("The ¥15.00 is being refunded to the diner automatically.");
    await board.page.screenshot({ path: artifact("board-late-payment-alert.png"), animations: "disabled" });

    await board.dismissPaymentAlert(payment.order.id);
    await alert.waitFor({ state: "detached" });
    await board.page.reload();
    await board.cards().first().waitFor();
    await board.page.waitForTimeout(500);
    expect(await alert.count()).toBe(0);
    await context.close();
  });
});
