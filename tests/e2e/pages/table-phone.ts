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

  /** The menu page's word on the table's live connection, and on dishes kept on the phone meanwhile. */
  connectionBanner() {
    return this.page.getByTestId("connection-banner");
  }

  /** Dishes kept offline that the table's cart refused once they were sent. */
  notAdded() {
    return this.page.getByTestId("not-added");
  }

  /** Which transport the page's socket opened with, as the server's Engine.IO requests show it. */
  socketTransports(): string[] {
    return this.socketRequests.map((url) => new URL(url).searchParams.get("transport") ?? "");
  }

  private readonly socketRequests: string[] = [];

  /** Records every Socket.IO request of the page (polls and WebSocket openings). */
  watchSocketRequests() {
    this.page.on("request", (request) => {
      if (request.url().includes("/socket.io/")) this.socketRequests.push(request.url());
    });
    this.page.on("websocket", (socket) => this.socketRequests.push(socket.url()));
  }
}
