import type { Page } from "playwright-core";

/** The merchant console: sign-in and the live board. */
export class BoardPage {
  constructor(readonly page: Page) {}

  async signIn(baseUrl: string, email: string, password: string) {
    await this.page.goto(`${baseUrl}/merchant/`);
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
    await this.page.getByTestId("column-placed").waitFor();
  }

  card(orderId: string) {
    return this.page.locator(`[data-testid="order-card"][data-order-id="${orderId}"]`);
  }

  /** Every card on the board, in any column. */
  cards() {
    return this.page.getByTestId("order-card");
  }

  /** The card's payment tag, e.g. "Paid · online" or "Unpaid · at counter". */
  paymentState(orderId: string) {
    return this.card(orderId).getByTestId("payment-state");
  }

  async move(orderId: string, button: "Accept" | "Start preparing" | "Mark ready" | "Complete") {
    await this.card(orderId).getByRole("button", { name: button, exact: true }).click();
  }

  async markPaid(orderId: string, button: "Paid cash" | "Paid card") {
    await this.card(orderId).getByRole("button", { name: button, exact: true }).click();
  }

  /** Every payment alert in the banner above the columns. */
  paymentAlerts() {
    return this.page.getByTestId("payment-alert");
  }

  paymentAlert(orderId: string) {
    return this.page.locator(`[data-testid="payment-alert"][data-order-id="${orderId}"]`);
  }

  async dismissPaymentAlert(orderId: string) {
    await this.paymentAlert(orderId)
      .getByRole("button", { name: /^Dismiss/ })
      .click();
  }
}
