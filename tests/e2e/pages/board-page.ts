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

  /** Counts every sounding of the board's alert (the page sends a window event each time). */
  async countAlerts() {
    await this.page.addInitScript(() => {
      const counts = { new: 0, escalated: 0 };
      Object.assign(window, { __alertCounts: counts });
      window.addEventListener("tabletap:alert", (event) => {
        const level = (event as CustomEvent<{ level: "new" | "escalated" }>).detail.level;
        counts[level] += 1;
      });
    });
  }

  alertCount(level: "new" | "escalated" = "new"): Promise<number> {
    return this.page.evaluate(
      (which) => (window as unknown as { __alertCounts: Record<string, number> }).__alertCounts[which] ?? 0,
      level,
    );
  }

  /** The flashing strip under the top bar while an alert sounds. */
  alertBanner() {
    return this.page.getByTestId("order-alert");
  }

  async acknowledgeAlert() {
    await this.alertBanner().getByRole("button", { name: "Acknowledge" }).click();
  }

  /** Opens the order's detail by tapping its pickup number. */
  async open(orderId: string) {
    await this.card(orderId)
      .getByRole("button", { name: /^Open order/ })
      .click();
    await this.detail().waitFor();
  }

  detail() {
    return this.page.getByTestId("order-detail");
  }

  async closeDetail() {
    await this.detail().getByRole("button", { name: "Close", exact: true }).click();
  }

  async cancelWithReason(orderId: string, reason: string) {
    await this.startCancel(orderId, reason);
    await this.detail().getByTestId("confirm-cancel").click();
  }

  /** Opens the cancel form with a reason chosen, and leaves the confirmation to the test. */
  async startCancel(orderId: string, reason: string) {
    await this.card(orderId).getByRole("button", { name: "Cancel", exact: true }).click();
    await this.detail().getByText(reason, { exact: true }).click();
  }

  async filterBy(label: string) {
    await this.page.getByRole("button", { name: new RegExp(`^${label}\\s*\\d+$`) }).click();
  }
}
