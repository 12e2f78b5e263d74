import type { Page } from "playwright-core";

/** The owner's Settings screen: how guests pay, time zone and currency. */
export class ShopSettingsPage {
  constructor(readonly page: Page) {}

  link() {
    return this.page.getByRole("link", { name: "Settings", exact: true });
  }

  async open() {
    await this.link().click();
    await this.page.getByRole("heading", { name: "Shop settings", level: 1 }).waitFor();
  }

  async choosePaymentMode(name: "Pay at the counter" | "Pay when ordering" | "Guest chooses") {
    await this.page.getByRole("radio", { name: new RegExp(`^${name}`) }).check();
  }

  async save() {
    await this.page.getByRole("button", { name: "Save settings" }).click();
    await this.page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
  }
}
