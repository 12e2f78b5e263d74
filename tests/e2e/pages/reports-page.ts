import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

/** The console's Sales page. */
export class ReportsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole("link", { name: "Sales", exact: true }).click();
    await this.page.getByRole("heading", { name: "Sales", level: 1 }).waitFor();
  }

  async choose(period: "Today" | "Yesterday" | "Last 7 days" | "Last 30 days") {
    await this.page.getByRole("button", { name: period, exact: true }).click();
    await this.page.locator('main.reports-page[aria-busy="false"]').waitFor();
  }

  kpi(name: string) {
    return this.page.locator(`[data-kpi="${name}"] .kpi-value`);
  }

  /** Clicks a download link and returns the downloaded file's text. */
  async download(link: ReturnType<Page["getByRole"]>): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), link.click()]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(file, "utf8") };
  }
}
