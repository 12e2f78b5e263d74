import type { BrowserContext } from "playwright-core";
import { DinerPage } from "./diner-page.js";

/** One phone at a shared table: the diner page plus the shared cart's and the tab's controls. */
export class TablePhone extends DinerPage {
  /** A phone whose diner already chose a nickname (kept on the device, like the app does). */
  static async at(context: BrowserContext, nickname: string): Promise<TablePhone> {
    await context.addInitScript((name) => {
      localStorage.setItem("tabletap:nickname:v1", JSON.stringify(name));
    }, nickname);
    return new TablePhone(await context.newPage());
  }

  cartCount() {
    return this.page.getByTestId("cart-bar").locator(".cart-bar__badge");
  }

  addedBy() {
    return this.page.getByTestId("added-by");
  }

  async closeSheet() {
    await this.page.keyboard.press("Escape");
    await this.page.getByRole("dialog").waitFor({ state: "hidden" });
  }

  submittedNotice() {
    return this.page.getByTestId("submitted-notice");
  }

  async openTab() {
    await this.page.getByTestId("tab-button").click();
    await this.page.getByTestId("tab-rounds").waitFor();
  }

  tabButton() {
    return this.page.getByTestId("tab-button");
  }

  tabRounds() {
    return this.page.getByTestId("tab-round");
  }

  waitEstimate() {
    return this.page.getByTestId("wait-estimate");
  }
}
