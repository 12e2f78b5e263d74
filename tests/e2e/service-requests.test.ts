import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { BoardPage } from "./pages/board-page.js";
import { DinerPage } from "./pages/diner-page.js";
import { artifact, launchBrowser } from "./support/browser.js";

const OWNER_PASSWORD = "e2e-owner-password";
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ env: { SEED_DEMO: "1", DEMO_OWNER_PASSWORD: OWNER_PASSWORD } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function phoneAt(url: string, locale: string): Promise<DinerPage> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale,
  });
  const phone = new DinerPage(await context.newPage());
  await phone.open(url);
  return phone;
}

describe("a table calls staff from the phone", () => {
  it("phone calls for water, the board alerts until staff answer, and every phone shows it on the way", async () => {
    const demo = server.demo;
    if (!demo) throw new Error("demo shop was not seeded");
    const table = await server.db
      .selectFrom("tables")
      .select(["label", "token"])
      .where("token", "=", demo.firstTableToken)
      .executeTakeFirstOrThrow();
    const url = `${server.url}/t/${table.token}`;

    const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    const board = new BoardPage(await tablet.newPage());
    await board.countAlerts();
    await board.signIn(server.url, demo.ownerEmail, OWNER_PASSWORD);
    await board.page
      .getByTestId("connection-status")
      .and(board.page.locator('[data-state="live"]'))
      .waitFor();

    const ana = await phoneAt(url, "en-US");
    const ben = await phoneAt(url, "zh-CN");
    await ana.page.screenshot({ path: artifact("service-requests-1-menu.png") });

    // Ana opens the sheet: the demo shop offers the default list.
    await ana.page.getByTestId("call-staff").click();
    const sheet = ana.page.getByRole("dialog");
    const kinds = sheet.getByTestId("call-staff-kinds").getByRole("button");
    await expect.poll(() => kinds.allInnerTexts()).toEqual(["Help", "Water", "Cutlery", "The bill"]);
    await ana.page.screenshot({ path: artifact("service-requests-2-sheet.png") });
    await sheet.getByRole("button", { name: "Water" }).click();
    await sheet.getByRole("button", { name: /Water\s*Sent/ }).waitFor();
    await expect(sheet.getByRole("button", { name: /Water/ }).isDisabled()).resolves.toBe(true);
    await ana.page.screenshot({ path: artifact("service-requests-3-sent.png") });
    await ana.page.keyboard.press("Escape");
    await sheet.waitFor({ state: "hidden" });
    const anaStatus = ana.page.getByTestId("call-staff-status");
    await expect.poll(() => anaStatus.innerText()).toBe("Water · Sent");
    // Ben's phone at the same table heard it too, in his language.
    await expect.poll(() => ben.page.getByTestId("call-staff-status").innerText()).toBe("加水 · 已发送");

    // The board shows the table and what it asked for, and the alert comes again until someone answers.
    const call = board.page.getByTestId("service-call");
    await call.waitFor();
    expect(await call.innerText()).toContain(table.label);
    expect(await call.innerText()).toContain("Water");
    await expect.poll(() => board.alertCount(), { timeout: 3000 }).toBeGreaterThanOrEqual(1);
    await expect.poll(() => board.alertCount(), { timeout: 13_000, interval: 500 }).toBeGreaterThanOrEqual(2);
    await board.page.screenshot({ path: artifact("service-requests-4-board.png") });

    await call.getByRole("button", { name: "On my way" }).click();
    await board.page.getByTestId("service-calls").waitFor({ state: "detached" });
    const quiet = await board.alertCount();

    await expect.poll(() => anaStatus.innerText()).toBe("Water · On the way");
    await expect.poll(() => ben.page.getByTestId("call-staff-status").innerText()).toBe("加水 · 马上就到");
    await ana.page.screenshot({ path: artifact("service-requests-5-on-the-way.png") });
    await ben.page.screenshot({ path: artifact("service-requests-6-on-the-way-zh.png") });

    await board.page.waitForTimeout(11_000);
    expect(await board.alertCount()).toBe(quiet);
    await tablet.close();
  });

  it("the owner edits the list in the shop settings, and the phones offer the new one", async () => {
    const demo = server.demo;
    if (!demo) throw new Error("demo shop was not seeded");
    const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    const board = new BoardPage(await tablet.newPage());
    await board.signIn(server.url, demo.ownerEmail, OWNER_PASSWORD);
    await board.page.goto(`${server.url}/merchant/settings`);
    const form = board.page.getByRole("form", { name: "Calling staff" });
    await form.getByLabel("Entry 4").waitFor();
    await form.getByRole("button", { name: "+ Add an entry" }).click();
    await form.getByLabel("Entry 5").fill("Napkins");
    await form.getByLabel("Urgent after (minutes)").fill("0");
    await form.getByRole("button", { name: "Save the list" }).click();
    await form.getByRole("status").waitFor();
    await form.scrollIntoViewIfNeeded();
    await board.page.screenshot({ path: artifact("service-requests-7-settings.png"), fullPage: true });
    await tablet.close();

    const phone = await phoneAt(`${server.url}/t/${demo.firstTableToken}`, "en-US");
    await phone.page.getByTestId("call-staff").click();
    const kinds = phone.page.getByTestId("call-staff-kinds").getByRole("button");
    // Names only: an entry called a moment ago also says how its call stands.
    const names = async () => (await kinds.allInnerTexts()).map((text) => text.split("\n")[0]);
    await expect.poll(names).toEqual(["Help", "Water", "Cutlery", "The bill", "Napkins"]);
    await phone.page.screenshot({ path: artifact("service-requests-8-new-list.png") });
  });
});
