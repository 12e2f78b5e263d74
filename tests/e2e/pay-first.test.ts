import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { BoardPage } from "./pages/board-page.js";
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

describe("pay first through the sandbox checkout", () => {
  it("a diner pays on the provider's page; the order reaches the board paid and the phone says Paid", async () => {
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
    await diner.addItem("Latte", ["Large", "Oat milk"]);
    await diner.addItem("Dumplings");
    await diner.openCart();
    expect(await diner.payHint()).toBe("You'll pay online before the kitchen starts.");
    expect(await diner.orderButton().innerText()).toContain("Continue to payment");

    await diner.page.screenshot({ path: artifact("cart-pay-first.png"), animations: "disabled" });
    // The tip picker sits below the lines, out of sight on a phone: the footer's nudge brings it into view.
    const tipInView = () =>
      diner.page.getByTestId("tip-picker").evaluate((picker) => {
        const box = picker.getBoundingClientRect();
        const footer = document.querySelector(".sheet__footer")?.getBoundingClientRect();
        return box.top >= 0 && footer !== undefined && box.bottom <= footer.top;
      });
    expect(await tipInView()).toBe(false);
    await diner.page.getByRole("button", { name: "Add a tip for the team" }).click();
    await expect.poll(tipInView).toBe(true);

    // Latte 28 + Large 4 + Oat milk 3, Dumplings 32: ¥67.00, priced by the server for the provider.
    await diner.placeOrderAndPay();
    const checkout = new SandboxCheckoutPage(diner.page);
    await checkout.waitForLoad();
    const checkoutUrl = diner.page.url();

    // Backing out of the provider's page lands on the order, still waiting and offering to pay.
    await diner.page.goBack();
    await diner.status().waitFor();
    const orderId = diner.orderId();
    expect(await diner.status().innerText()).toBe("Waiting for payment");
    await diner.page.screenshot({ path: artifact("diner-waiting.png"), fullPage: true });
    // Unpaid, so not the kitchen's business yet.
    expect(await board.cards().count()).toBe(0);

    // The phone's order history offers the way back to the same checkout too.
    await diner.page.goto(`${server.url}/orders`);
    const entry = diner.page.getByTestId("history-entry").filter({ hasText: "Waiting for payment" });
    await entry.getByTestId("history-pay-now").click();
    await checkout.waitForLoad();
    expect(diner.page.url()).toBe(checkoutUrl);
    await diner.page.goto(`${server.url}/orders/${orderId}`);
    await diner.status().waitFor();

    await diner.payNow();
    await checkout.waitForLoad();
    expect(diner.page.url()).toBe(checkoutUrl);
    expect(await checkout.amount()).toContain("67.00");
    await diner.page.screenshot({ path: artifact("sandbox-checkout.png") });

    await checkout.pay();
    expect(diner.orderId()).toBe(orderId);
    await expect.poll(() => diner.status().innerText(), { timeout: 10_000 }).toBe("Placed");
    await expect.poll(() => diner.paymentStatus().innerText()).toBe("Paid");
    expect(await diner.page.getByTestId("pay-now").count()).toBe(0);
    await diner.page.screenshot({ path: artifact("diner-paid.png"), fullPage: true });

    // The board sees it arrive live, already paid, and offers no counter buttons for it.
    const card = board.card(orderId);
    await card.waitFor({ timeout: 10_000 });
    expect(await card.getAttribute("data-status")).toBe("placed");
    expect(await board.paymentState(orderId).innerText()).toMatch(/^Paid\b.*online/);
    expect(await card.innerText()).toContain("67.00");
    expect(await card.getByRole("button", { name: "Paid cash" }).count()).toBe(0);
    expect(await card.getByTestId("pickup-number").innerText()).toBe(String(await diner.pickupNumber()));
    await board.page.screenshot({ path: artifact("board-paid.png") });

    // The cart went with the order: ordering more starts empty, not with a replay of this one.
    await diner.orderMore();
    expect(await diner.cartBar().count()).toBe(0);

    await phone.close();
    await tablet.close();
  });
});
