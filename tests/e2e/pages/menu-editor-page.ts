import type { Page } from "playwright-core";

/** The console's menu editor and the sold-out drawer in its top bar. */
export class MenuEditorPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Menu" }).click();
    await this.page.getByRole("heading", { name: "Menu", level: 1 }).waitFor();
  }

  async chooseCategory(name: string) {
    await this.page.getByRole("navigation", { name: "Categories" }).getByRole("button", { name }).click();
    await this.page.getByRole("region", { name: `Category ${name}` }).waitFor();
  }

  item(name: string) {
    return this.page.getByTestId("menu-editor-item").filter({ hasText: name });
  }

  /** Opens the item's editor sheet. */
  async editItem(name: string) {
    await this.page.getByRole("button", { name: `Edit ${name}`, exact: true }).click();
    await this.editor().waitFor();
  }

  editor() {
    return this.page.locator("dialog.item-editor");
  }

  async setPrice(price: string) {
    const editor = this.editor();
    await editor.getByLabel(/^Price/).fill(price);
    await editor.getByRole("button", { name: "Save changes" }).click();
    await editor.getByRole("button", { name: "Save changes" }).and(this.page.locator(":disabled")).waitFor();
  }

  async uploadPhoto(file: { name: string; mimeType: string; buffer: Buffer }) {
    await this.editor().locator('input[type="file"]').setInputFiles(file);
    await this.editor().locator("img.photo-field__preview").waitFor();
  }

  async closeEditor() {
    await this.editor().getByRole("button", { name: "Close" }).click();
    await this.editor().waitFor({ state: "hidden" });
  }

  /** Opens "Sold out" in the top bar and flips one item. */
  async toggleSoldOut(name: string) {
    await this.page.getByRole("button", { name: "Sold out", exact: true }).click();
    const drawer = this.page.getByRole("dialog", { name: "Sold out" });
    const toggle = drawer.getByRole("switch", { name: `${name} sold out` });
    const before = await toggle.getAttribute("aria-checked");
    await toggle.click();
    const after = before === "true" ? "false" : "true";
    await toggle.and(this.page.locator(`[aria-checked="${after}"]:enabled`)).waitFor();
    return drawer;
  }
}
