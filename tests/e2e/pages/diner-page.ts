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

  async placeOrder() {
    await this.page.getByTestId("cart-bar").click();
    await this.page.getByTestId("place-order").click();
    await this.page.waitForURL(/\/orders\//);
    await this.page.getByTestId("pickup-number").waitFor();
  }

  status() {
    return this.page.getByTestId("order-status");
  }

  async pickupNumber(): Promise<number> {
    return Number((await this.page.getByTestId("pickup-number").innerText()).replace(/\D/g, ""));
  }
}
