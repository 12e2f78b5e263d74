import type { BrowserContext, Page } from "playwright-core";
import { DinerPage } from "./diner-page.js";

/** A diner's phone whose connection comes and goes: the diner page plus the offline notice and the worker. */
export class OfflinePhone extends DinerPage {
  constructor(
    readonly context: BrowserContext,
    page: Page,
  ) {
    super(page);
  }

  static async open(context: BrowserContext): Promise<OfflinePhone> {
    return new OfflinePhone(context, await context.newPage());
  }

  offlineNotice() {
    return this.page.getByTestId("offline-notice");
  }

  /** The phone's own network switch: `navigator.onLine` flips and the page's requests fail. */
  async setOnline(online: boolean) {
    await this.context.setOffline(!online);
  }

  /** A tap on an in-app link: the router moves without loading a page. */
  async goInApp(path: string) {
    await this.page.evaluate((to) => {
      history.pushState(null, "", to);
      dispatchEvent(new PopStateEvent("popstate"));
    }, path);
  }

  /**
   * Until the worker controls the page and its caches hold what an offline reload of it needs: the shell,
   * every script and style this page loaded, and the menu of `tableToken`.
   */
  async waitForOfflineCopy(tableToken: string) {
    await this.page.waitForFunction(
      async (token) => {
        if (navigator.serviceWorker.controller === null) return false;
        const assets = performance
          .getEntriesByType("resource")
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => path.startsWith("/assets/"));
        for (const url of ["/index.html", `/api/tables/${token}`, ...assets]) {
          if (
            (await caches.match(url, { ignoreSearch: url === "/index.html", ignoreVary: true })) === undefined
          )
            return false;
        }
        return true;
      },
      tableToken,
      { timeout: 30_000, polling: 200 },
    );
    // Measured in Debian's chromium: going offline within a second or two of this still fails the next
    // navigation with the browser's error page, though the worker holds everything; a settled worker serves it.
    await this.page.waitForTimeout(4000);
  }

  /** True while the page shows something: never a blank white page. */
  async showsSomething(): Promise<boolean> {
    return (await this.page.locator("#root").innerText()).trim().length > 0;
  }
}
