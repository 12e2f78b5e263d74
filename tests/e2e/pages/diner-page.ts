import type { Page } from "playwright-core";

/** The diner's phone: menu → item sheet → cart → order status. */
export class DinerPage {
  constructor(readonly page: Page) {}

  async open(url: string) {
    await this.page.goto(url);
    await this.page.getByTestId("menu-item").first().waitFor();
  }

  shopName() {
    return this.page.getByRole("heading", { level: 1 }).innerText();
  }

  async addItem(name: string, options: string[] = [], quantity = 1) {
    await this.page.getByTestId("menu-item").filter({ hasText: name }).first().click();
    for (const option of options) await this.page.getByLabel(option, { exact: false }).check();
    const sheet = this.page.getByRole("dialog");
    for (let i = 1; i < quantity; i++) await sheet.getByRole("button", { name: "Increase quantity" }).click();
    await this.page.getByTestId("add-to-cart").click();
    await this.page.getByTestId("add-to-cart").waitFor({ state: "hidden" });
  }

  async openCart() {
    await this.page.getByTestId("cart-bar").click();
    await this.page.getByTestId("place-order").waitFor();
  }

  /** In a shop that takes both, the cart asks "Pay now" or "Pay at the counter". */
  async choosePayment(method: "online" | "counter") {
    await this.page.getByTestId(`pay-choice-${method}`).click();
  }

  /** The line under the order button saying how and when the diner pays. */
  payHint() {
    return this.page.getByTestId("pay-hint").innerText();
  }

  orderButton() {
    return this.page.getByTestId("place-order");
  }

  /** Places an order paid at the counter and waits for its order page. */
  async placeOrder() {
    if (!(await this.orderButton().isVisible())) await this.openCart();
    await this.orderButton().click();
    await this.page.waitForURL(/\/orders\//);
    await this.page.getByTestId("pickup-number").waitFor();
  }

  /** Places an order paid online; the browser leaves for the provider's checkout page. */
  async placeOrderAndPay() {
    if (!(await this.orderButton().isVisible())) await this.openCart();
    await this.orderButton().click();
    await this.page.waitForURL(/\/sandbox-pay\//);
  }

  /** "Pay now" on an order still waiting for its online payment: back to the provider's checkout. */
  async payNow() {
    await this.page.getByTestId("pay-now").click();
    await this.page.waitForURL(/\/sandbox-pay\//);
  }

  /** "Order more" on the order page: back to the same menu. */
  async orderMore() {
    await this.page.getByRole("link", { name: "Order more" }).click();
    await this.page.getByTestId("menu-item").first().waitFor();
  }

  cartBar() {
    return this.page.getByTestId("cart-bar");
  }

  orderId(): string {
    const url = new URL(this.page.url());
    if (!url.pathname.startsWith("/orders/")) throw new Error(`not on an order page: ${url.pathname}`);
    return decodeURIComponent(url.pathname.split("/").pop() ?? "");
  }

  status() {
    return this.page.getByTestId("order-status");
  }

  /** "Paid", "Pay online", "Pay at the counter", "Refund on its way", "Refunded". */
  paymentStatus() {
    return this.page.getByTestId("payment-status");
  }

  /** "Notify me when it's ready" and, once answered, what came of it (`data-state`). */
  notifyControl() {
    return this.page.getByTestId("notify-ready");
  }

  async turnOnNotifications() {
    await this.notifyControl()
      .getByRole("button", { name: /Notify me when it's ready/ })
      .click();
  }

  async pickupNumber(): Promise<number> {
    return Number((await this.page.getByTestId("pickup-number").innerText()).replace(/\D/g, ""));
  }
}
