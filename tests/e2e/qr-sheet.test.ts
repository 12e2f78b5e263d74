import type { MerchantTable } from "@tabletap/shared";
import jsQR from "jsqr";
import type { Browser } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { call, listTables, openTable } from "../support/tables.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { BoardPage } from "./pages/board-page.js";
import { TablesPage } from "./pages/tables-page.js";
import { artifact, launchBrowser } from "./support/browser.js";

let server: TestServer;
let shop: TestShop;
let browser: Browser;
let owner: string;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server, { locale: "en-GB", currency: "GBP", timezone: "Europe/London" });
  await server.db
    .updateTable("shops")
    // Short enough not to be cut in the top bar: a cut name grows when the sound control shrinks on the
    // first tap, shifting the nav links under the pointer (a console quirk of its own).
    .set({ name: "Harbour Noodles" })
    .where("id", "=", shop.shopId)
    .execute();
  owner = await login(server.url, shop.owner.email, shop.owner.password);
  // T1–T3 come with the shop; T4–T9 are added here, T10 from the page itself.
  for (let n = 4; n <= 9; n++) {
    const added = await call(server, "POST", "/api/merchant/tables", {
      cookie: owner,
      body: { label: `T${n}` },
    });
    expect(added.status).toBe(201);
  }
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function decode(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

describe("tables page and printable QR sheet", () => {
  it("seats guests, replaces a code, and prints ten tables and the counter on A4 cards that all scan", async () => {
    const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const staffTablet = new BoardPage(await tablet.newPage());
    await staffTablet.signIn(server.url, shop.owner.email, shop.owner.password);
    const tables = new TablesPage(staffTablet.page);
    await tables.open();
    await tables.addTable("T10");
    await tables.setApprovals(true);

    await tables.openTable("T2");
    expect(await tables.sittingState("T2").innerText()).toMatch(/Open since \d\d:\d\d/);
    // A colleague opens T5 on another tablet: this page hears of it without a reload.
    const t5 = (await listTables(server, owner)).tables.find((t) => t.label === "T5");
    expect((await openTable(server, owner, t5?.id ?? "")).status).toBe(201);
    await tables.card("T5").getByRole("button", { name: "Close table" }).waitFor();
    await tables.openTable("T7");
    await tables.closeTable("T7");

    const oldT1 = (await listTables(server, owner)).tables.find((t) => t.label === "T1");
    await tables.replaceCode("T1");
    await tables.page.locator(".tables-page").evaluate((page) => page.scrollTo(0, 0));
    await tables.page.screenshot({ path: artifact("tables-sittings.png") });

    const list = await listTables(server, owner);
    expect(list.sittingsEnabled).toBe(true);
    expect(list.tables.filter((t) => t.sitting).map((t) => t.label)).toEqual(["T2", "T5"]);
    const newT1 = list.tables.find((t) => t.label === "T1");
    expect(newT1?.token).not.toBe(oldT1?.token);

    await tables.openPrintSheet();
    const cards = tables.qrCards();
    const printable: MerchantTable[] = list.tables.filter((t) => t.active);
    expect(printable.map((t) => t.label)).toEqual([
      "T1",
      "T2",
      "T3",
      "Counter",
      "T4",
      "T5",
      "T6",
      "T7",
      "T8",
      "T9",
      "T10",
    ]);
    expect(await cards.count()).toBe(printable.length);
    for (const table of printable) {
      const card = tables.page.locator(`[data-testid="qr-card"][data-table-id="${table.id}"]`);
      const text = (await card.textContent()) ?? "";
      expect(text).toContain("Harbour Noodles");
      if (table.kind === "counter") {
        expect(text).toContain("Takeaway");
        expect(text).toContain("Scan to order takeaway from your phone");
      } else {
        expect(text).toContain(`Table ${table.label}`);
        expect(text).toContain("Scan to see the menu and order from your phone");
      }
      expect(decode(await card.screenshot()), table.label).toBe(table.url);
    }
    expect(decode(await tables.page.locator(`[data-table-id="${newT1?.id}"]`).screenshot())).toBe(
      `${server.config.publicUrl}/t/${newT1?.token}`,
    );
    // The sheet scrolls inside the console; a tall window shows both A4 pages in one picture.
    await tables.page.setViewportSize({ width: 1024, height: 2560 });
    await tables.page.screenshot({ path: artifact("qr-sheet.png") });
    await tables.page.setViewportSize({ width: 1024, height: 768 });

    // As printed: A4 pages of six cards each, nothing from the console around them, no card cut in two.
    await tables.page.emulateMedia({ media: "print" });
    const pageBoxes = await tables.page.locator(".print-page").evaluateAll((pages) =>
      pages.map((page) => {
        const box = page.getBoundingClientRect();
        const inside = Array.from(page.querySelectorAll(".qr-card")).every((card) => {
          const c = card.getBoundingClientRect();
          return c.top >= box.top - 1 && c.bottom <= box.bottom + 1;
        });
        return { width: Math.round(box.width), height: Math.round(box.height), inside };
      }),
    );
    // 210 × 297 mm at 96 px per inch.
    expect(pageBoxes).toEqual([
      { width: 794, height: 1123, inside: true },
      { width: 794, height: 1123, inside: true },
    ]);
    expect(await tables.page.locator(".topbar").isVisible()).toBe(false);
    const pdf = await tables.page.pdf({ path: artifact("qr-sheet.pdf"), preferCSSPageSize: true });
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)).toHaveLength(2);
    await tablet.close();
  });

  it("tells a diner holding a replaced code to scan the one on the table", async () => {
    const before = (await listTables(server, owner)).tables.find((t) => t.label === "T3");
    await call(server, "POST", `/api/merchant/tables/${before?.id}/token`, { cookie: owner });
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await phone.newPage();
    await page.goto(`${server.url}/t/${before?.token}`);
    await page.getByRole("heading", { name: "This QR code has been replaced" }).waitFor();
    expect(await page.getByText("Please scan the code on your table").isVisible()).toBe(true);
    await page.screenshot({ path: artifact("diner-code-replaced.png") });
    await phone.close();
  });
});
