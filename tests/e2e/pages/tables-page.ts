import type { Page } from "playwright-core";

/** The console's Tables screen (seating, codes) and the printable QR sheet it links to. */
export class TablesPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole("link", { name: "Tables", exact: true }).click();
    await this.page.getByRole("heading", { name: "Tables", level: 1 }).waitFor();
    await this.card("T1").waitFor();
  }

  card(label: string) {
    return this.page.getByRole("article", { name: `Table ${label}`, exact: true });
  }

  counter() {
    return this.page.getByTestId("table-card").and(this.page.locator('[aria-label^="Counter"]'));
  }

  sittingState(label: string) {
    return this.card(label).getByTestId("sitting");
  }

  async openTable(label: string) {
    await this.card(label).getByRole("button", { name: "Open table" }).click();
    await this.card(label).getByRole("button", { name: "Close table" }).waitFor();
  }

  async closeTable(label: string) {
    await this.card(label).getByRole("button", { name: "Close table" }).click();
    await this.card(label).getByRole("button", { name: "Open table" }).waitFor();
  }

  async addTable(label: string) {
    await this.page.getByLabel("New table name").fill(label);
    await this.page.getByRole("button", { name: "Add table" }).click();
    await this.card(label).waitFor();
  }

  /** Accepts the "are you sure" prompt and waits for the card's QR to change. */
  async replaceCode(label: string) {
    const qr = this.card(label).getByRole("img");
    const before = await qr.getAttribute("src");
    this.page.once("dialog", (dialog) => void dialog.accept());
    await this.card(label).getByRole("button", { name: "New code" }).click();
    await this.page.waitForFunction(
      ([selector, old]) => document.querySelector(selector as string)?.getAttribute("src") !== old,
      [`article[aria-label="Table ${label}"] img`, before],
    );
  }

  async setApprovals(on: boolean) {
    const box = this.page.getByRole("checkbox", { name: /Approve orders from tables/ });
    await box.setChecked(on);
    await this.page.waitForFunction(
      (want) =>
        (document.querySelector('.sittings-setting input[type="checkbox"]') as HTMLInputElement | null)
          ?.disabled === false &&
        (document.querySelector('.sittings-setting input[type="checkbox"]') as HTMLInputElement).checked ===
          want,
      on,
    );
  }

  async openPrintSheet() {
    await this.page.getByRole("link", { name: "Print QR sheet" }).click();
    await this.page.getByTestId("qr-card").first().waitFor();
    // Every code drawn before anything is measured or decoded.
    await this.page.waitForFunction(() =>
      Array.from(document.querySelectorAll<HTMLImageElement>(".qr-card-code")).every(
        (img) => img.complete && img.naturalWidth > 0,
      ),
    );
  }

  qrCards() {
    return this.page.getByTestId("qr-card");
  }
}
