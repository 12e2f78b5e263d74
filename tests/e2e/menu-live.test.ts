import { randomUUID } from "node:crypto";
import { hashPassword } from "@tabletap/server/features/auth/password";
import type { Browser } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login } from "../support/api.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { BoardPage } from "./pages/board-page.js";
import { DinerPage } from "./pages/diner-page.js";
import { MenuEditorPage } from "./pages/menu-editor-page.js";
import { artifact, launchBrowser } from "./support/browser.js";

const MANAGER = { email: "manager@demo.local", password: "e2e-manager-password" };
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ env: { SEED_DEMO: "1" } });
  browser = await launchBrowser();
  const demo = server.demo;
  if (!demo) throw new Error("demo shop was not seeded");
  const shop = await server.db
    .selectFrom("staff")
    .select("shopId")
    .where("email", "=", demo.ownerEmail)
    .executeTakeFirstOrThrow();
  await server.db
    .insertInto("staff")
    .values({
      id: randomUUID(),
      shopId: shop.shopId,
      email: MANAGER.email,
      passwordHash: await hashPassword(MANAGER.password),
      role: "manager",
      createdAt: Date.now(),
    })
    .execute();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("menu changes reach open diner pages", () => {
  it("a manager reprices one item and marks another sold out; the open phone shows both without reloading", async () => {
    const demo = server.demo;
    if (!demo) throw new Error("demo shop was not seeded");
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    const diner = new DinerPage(await phone.newPage());
    const staffPage = await tablet.newPage();
    const board = new BoardPage(staffPage);
    const editor = new MenuEditorPage(staffPage);

    await diner.open(`${server.url}/t/${demo.firstTableToken}`);
    // Survives only as long as the page is not reloaded.
    await diner.page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const card = (name: string) => diner.page.getByTestId("menu-item").filter({ hasText: name });
    expect(await card("Flat White").innerText()).toContain("30.00");
    expect(await card("Jasmine Tea").isDisabled()).toBe(false);

    await board.signIn(server.url, MANAGER.email, MANAGER.password);
    await editor.open();
    await editor.chooseCategory("Coffee");
    await editor.editItem("Latte");
    await editor.uploadPhoto({ name: "latte.png", mimeType: "image/png", buffer: lattePhoto() });
    await editor.closeEditor();
    await editor.editItem("Flat White");
    await editor.setPrice("32.50");
    await staffPage.screenshot({ path: artifact("menu-item-editor.png") });
    await editor.closeEditor();
    await expect.poll(() => editor.item("Flat White").innerText()).toContain("32.50");
    await staffPage.screenshot({ path: artifact("menu-editor.png") });

    const drawer = await editor.toggleSoldOut("Jasmine Tea");
    await staffPage.screenshot({ path: artifact("menu-sold-out-drawer.png"), animations: "disabled" });
    await drawer.getByRole("button", { name: "Done" }).click();

    await expect.poll(() => card("Flat White").innerText(), { timeout: 5000 }).toContain("32.50");
    await expect.poll(() => card("Jasmine Tea").isDisabled(), { timeout: 5000 }).toBe(true);
    expect(await card("Jasmine Tea").innerText()).toContain("Sold out");
    const photo = card("Latte").locator("img");
    await photo.waitFor({ timeout: 5000 });
    expect(await photo.getAttribute("loading")).toBe("lazy");
    expect(Number(await photo.getAttribute("width"))).toBeGreaterThan(0);
    expect(Number(await photo.getAttribute("height"))).toBeGreaterThan(0);
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    expect(
      await diner.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    ).toBe(true);
    await diner.page.screenshot({ path: artifact("diner-menu-live.png") });
    await card("Jasmine Tea").scrollIntoViewIfNeeded();
    await diner.page.screenshot({ path: artifact("diner-menu-sold-out.png") });

    await phone.close();
    await tablet.close();
  });
});

describe("a price change while the cart is open", () => {
  it("is shown to the diner, old price struck through, until they say OK", async () => {
    const demo = server.demo;
    if (!demo) throw new Error("demo shop was not seeded");
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const diner = new DinerPage(await phone.newPage());
    await diner.open(`${server.url}/t/${demo.firstTableToken}`);
    await diner.addItem("Americano", ["Iced"]);
    await diner.openCart();
    // Americano 22 + Iced 2 = ¥24.00 as the diner sees it.
    expect(await diner.orderButton().innerText()).toContain("24.00");

    const americano = await server.db
      .selectFrom("items")
      .select("id")
      .where("name", "=", "Americano")
      .executeTakeFirstOrThrow();
    const cookie = await login(server.url, MANAGER.email, MANAGER.password);
    const repriced = await fetch(`${server.url}/api/merchant/menu/items/${americano.id}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json", Cookie: cookie },
      body: JSON.stringify({ price: 2500 }),
    });
    expect(repriced.status).toBe(204);

    const notice = diner.page.getByTestId("price-change-notice");
    await notice.waitFor({ timeout: 5000 });
    expect(await notice.innerText()).toMatch(/Americano: ¥24\.00 → ¥27\.00/);
    expect(await diner.orderButton().innerText()).toContain("27.00");
    await notice.getByRole("button", { name: "OK" }).click();
    await notice.waitFor({ state: "detached" });
    await phone.close();
  });
});

/** A top-down latte (saucer, cup, coffee, crema) drawn pixel by pixel, so the test needs no image files. */
function lattePhoto(size = 480): Buffer {
  const png = new PNG({ width: size, height: size });
  const paint = (i: number, [r, g, b]: number[]) => {
    png.data[i] = r ?? 0;
    png.data[i + 1] = g ?? 0;
    png.data[i + 2] = b ?? 0;
    png.data[i + 3] = 255;
  };
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const d = Math.hypot(x - size / 2, y - size / 2) / size;
      const shade = Math.round(20 * (y / size));
      const colour =
        d < 0.12
          ? [226, 196, 160]
          : d < 0.27
            ? [139, 90, 50]
            : d < 0.33
              ? [250, 250, 247]
              : d < 0.44
                ? [236, 233, 228]
                : [196 - shade, 150 - shade, 112 - shade];
      paint((y * size + x) * 4, colour);
    }
  }
  return PNG.sync.write(png);
}
