import type { Page } from "playwright-core";

/** The embedded sandbox provider's hosted checkout: the page a pay-first diner is sent to. */
export class SandboxCheckoutPage {
  constructor(readonly page: Page) {}

  async waitForLoad() {
    await this.page.waitForURL(/\/sandbox-pay\//);
    await this.page.getByTestId("sandbox-amount").waitFor();
  }

  amount() {
    return this.page.getByTestId("sandbox-amount").innerText();
  }

  /** Presses "Pay ¥x"; the provider then sends the browser back to the order page. */
  async pay() {
    await this.page.getByRole("button", { name: /^Pay / }).click();
    await this.page.waitForURL(/\/orders\//);
  }

  async cancel() {
    await this.page.getByRole("button", { name: "Cancel", exact: true }).click();
    await this.page.waitForURL(/\/orders\//);
  }
}
