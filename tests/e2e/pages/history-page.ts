import type { Page } from "playwright-core";

/** The diner's own records: order history, receipt, and rating screens. */
export class RecordsPage {
  constructor(readonly page: Page) {}

  async openHistory(baseUrl: string) {
    await this.page.goto(`${baseUrl}/orders`);
    await this.page.getByRole("heading", { name: "Your orders" }).waitFor();
  }

  historyEntries() {
    return this.page.getByTestId("history-entry");
  }

  /** Picks `score` stars for the dish named `dish` on the rating screen, and a comment when given. */
  async rate(dish: string, score: number, comment?: string) {
    const line = this.page.getByTestId("rate-line").filter({ hasText: dish });
    await line.getByText(score === 1 ? "1 star" : `${score} stars`, { exact: true }).click({ force: true });
    if (comment) await line.getByRole("textbox").fill(comment);
  }

  receiptTotal() {
    return this.page.getByTestId("receipt-total");
  }
}
