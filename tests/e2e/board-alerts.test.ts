import { randomUUID } from "node:crypto";
import type { MenuItem, Order, TableMenu } from "@tabletap/shared";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, placeOrder, setStatus } from "../support/api.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { BoardPage } from "./pages/board-page.js";
import { DinerPage } from "./pages/diner-page.js";
import { artifact, launchBrowser } from "./support/browser.js";

const OWNER_PASSWORD = "e2e-owner-password";
const HOSTILE_NOTE = "<img src=x onerror=alert(1)>";
let server: TestServer;
let browser: Browser;
let menu: TableMenu;
let tables: { id: string; label: string; token: string; kind: string }[];
let ownerCookie: string;

beforeAll(async () => {
  server = await startTestServer({ env: { SEED_DEMO: "1", DEMO_OWNER_PASSWORD: OWNER_PASSWORD } });
  browser = await launchBrowser();
  const demo = server.demo;
  if (!demo) throw new Error("demo shop was not seeded");
  menu = (await (await fetch(`${server.url}/api/tables/${demo.firstTableToken}`)).json()) as TableMenu;
  tables = await server.db
    .selectFrom("tables")
    .select(["id", "label", "token", "kind"])
    .where("shopId", "=", menu.shop.id)
    .orderBy("position")
    .execute();
  ownerCookie = await login(server.url, demo.ownerEmail, OWNER_PASSWORD);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const item = (name: string): MenuItem => {
  const found = menu.categories
    .flatMap((category) => category.items)
    .find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no item ${name}`);
  return found;
};
const optionId = (itemName: string, optionName: string) => {
  const found = item(itemName)
    .optionGroups.flatMap((group) => group.options)
    .find((option) => option.name === optionName);
  if (!found) throw new Error(`no option ${optionName}`);
  return found.id;
};
const table = (label: string) => {
  const found = tables.find((candidate) =>
    label === "counter" ? candidate.kind === "counter" : candidate.label === label,
  );
  if (!found) throw new Error(`no table ${label}`);
  return found;
};

/** A diner's order from a table (or the counter) through the public API. */
async function order(label: string, lines: unknown[], note?: string): Promise<Order> {
  const place = table(label);
  const key = place.kind === "counter" ? "counterToken" : "tableToken";
  const placed = await placeOrder(
    server.url,
    { [key]: place.token, lines, ...(note ? { note } : {}) },
    randomUUID(),
  );
  if (placed.status !== 201) throw new Error(`order failed: ${JSON.stringify(placed.body)}`);
  return placed.body.order;
}

const simple = (name: string, quantity = 1, options: string[] = []) => ({
  itemId: item(name).id,
  quantity,
  optionIds: options.map((option) => optionId(name, option)),
});

async function tablet(
  viewport = { width: 1024, height: 768 },
): Promise<{ context: BrowserContext; board: BoardPage }> {
  const context = await browser.newContext({ viewport, hasTouch: true });
  const board = new BoardPage(await context.newPage());
  await board.countAlerts();
  const demo = server.demo;
  if (!demo) throw new Error("no demo");
  await board.signIn(server.url, demo.ownerEmail, OWNER_PASSWORD);
  await board.page.getByTestId("connection-status").and(board.page.locator('[data-state="live"]')).waitFor();
  return { context, board };
}

/** Moves an order on as another tablet would, through the API, step by step. */
async function advance(orderId: string, ...steps: ("accepted" | "preparing" | "ready")[]) {
  for (const step of steps) {
    const moved = await setStatus(server.url, ownerCookie, orderId, step);
    if (moved.status !== 200) throw new Error(`could not move ${orderId} to ${step}`);
  }
}

describe("a board nobody can miss", () => {
  it("repeats the new-order alert until someone acknowledges it, then goes quiet", async () => {
    const { context, board } = await tablet();
    const placed = await order("T3", [simple("Jasmine Tea")]);
    const card = board.card(placed.id);
    await card.waitFor();
    await expect.poll(() => card.getAttribute("data-urgency")).toBe("new");
    await expect.poll(() => board.alertCount(), { timeout: 2000 }).toBeGreaterThanOrEqual(1);
    await expect(board.alertBanner().getAttribute("data-level")).resolves.toBe("new");
    // It comes again without anyone touching the board (every 10 s).
    await expect.poll(() => board.alertCount(), { timeout: 13_000, interval: 500 }).toBeGreaterThanOrEqual(2);

    await board.acknowledgeAlert();
    await board.alertBanner().waitFor({ state: "detached" });
    expect(await card.getAttribute("data-urgency")).toBe("waiting");
    const silenced = await board.alertCount();
    await board.page.waitForTimeout(11_000);
    expect(await board.alertCount()).toBe(silenced);

    // Tapping a new order's card acknowledges it too.
    const second = await order("T4", [simple("Americano", 1, ["Hot"])]);
    await board.card(second.id).waitFor();
    await board.alertBanner().waitFor();
    await board.open(second.id);
    await board.closeDetail();
    await board.alertBanner().waitFor({ state: "detached" });
    expect(await board.card(second.id).getAttribute("data-urgency")).toBe("waiting");

    // Out of the new lane for the next tests.
    await advance(placed.id, "accepted");
    await advance(second.id, "accepted");
    await context.close();
  });

  it("alerts for orders already waiting when the board loads, and again after a reload", async () => {
    // At the counter, so no table's sitting opens under the later tests.
    const waiting = await order("counter", [simple("Jasmine Tea")]);
    const { context, board } = await tablet();
    const card = board.card(waiting.id);
    await card.waitFor();
    await expect.poll(() => card.getAttribute("data-urgency")).toBe("new");
    await expect.poll(() => board.alertCount(), { timeout: 3000 }).toBeGreaterThanOrEqual(1);
    await expect(board.alertBanner().getAttribute("data-level")).resolves.toBe("new");
    await board.acknowledgeAlert();
    await board.alertBanner().waitFor({ state: "detached" });

    // A reloaded tablet knows nothing of what was acknowledged before: the order still waits, so it alerts.
    await board.page.reload();
    await board.card(waiting.id).waitFor();
    await expect.poll(() => board.card(waiting.id).getAttribute("data-urgency")).toBe("new");
    await board.alertBanner().waitFor();
    await advance(waiting.id, "accepted");
    await board.alertBanner().waitFor({ state: "detached" });
    await advance(waiting.id, "preparing", "ready");
    expect((await setStatus(server.url, ownerCookie, waiting.id, "completed")).status).toBe(200);
    await context.close();
  });

  it("escalates an order nobody accepted within the shop's limit, louder, until acknowledged", async () => {
    const placed = await order("T5", [simple("Flat White")]);
    // Placed six minutes ago: past the default five.
    const sixMinutesAgo = Date.now() - 6 * 60_000;
    await server.db
      .updateTable("orders")
      .set({ createdAt: sixMinutesAgo, placedAt: sixMinutesAgo })
      .where("id", "=", placed.id)
      .execute();
    const { context, board } = await tablet();
    const card = board.card(placed.id);
    await card.waitFor();
    await expect.poll(() => card.getAttribute("data-urgency")).toBe("escalated");
    expect(await card.getByTestId("late-flag").innerText()).toMatch(/late/i);
    await expect.poll(() => board.alertBanner().getAttribute("data-level")).toBe("escalated");
    await expect.poll(() => board.alertCount("escalated"), { timeout: 7000 }).toBeGreaterThanOrEqual(2);
    await board.acknowledgeAlert();
    await expect.poll(() => card.getAttribute("data-urgency")).toBe("late");
    // Still red and labelled late, but quiet.
    expect(await card.getByTestId("late-flag").isVisible()).toBe(true);
    await advance(placed.id, "accepted");
    await context.close();
  });

  it("shows notes as plain text, cancels with a reason the diner sees, and filters by table", async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const diner = new DinerPage(await phone.newPage());
    const { context, board } = await tablet();
    const dialogs: string[] = [];
    board.page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    const hostile = await order(
      "T6",
      [{ ...simple("Pork Buns (3)"), note: HOSTILE_NOTE }],
      `Birthday ${HOSTILE_NOTE}`,
    );
    await board.card(hostile.id).waitFor();
    await board.open(hostile.id);
    const detail = board.detail();
    expect(await detail.getByTestId("line-note").innerText()).toBe(HOSTILE_NOTE);
    expect(await detail.getByTestId("order-note").innerText()).toContain(`Birthday ${HOSTILE_NOTE}`);
    expect(await board.page.locator("img[src='x']").count()).toBe(0);
    expect(await board.card(hostile.id).innerText()).toContain(HOSTILE_NOTE);
    await board.closeDetail();
    expect(dialogs).toEqual([]);

    // Filter: only T6's order is left when T6 is chosen.
    await board.filterBy("T6");
    await expect.poll(() => board.cards().count()).toBe(1);
    await board.filterBy("All");

    await diner.open(`${server.url}/t/${table("T7").token}`);
    await diner.addItem("Jasmine Tea");
    await diner.placeOrder();
    const dinerOrderId = new URL(diner.page.url()).pathname.split("/").pop() ?? "";
    await board.card(dinerOrderId).waitFor();
    await board.cancelWithReason(dinerOrderId, "Kitchen is closing");
    await expect.poll(() => board.card(dinerOrderId).getAttribute("data-status")).toBe("cancelled");
    await expect.poll(() => diner.status().innerText()).toBe("Cancelled");
    expect(await diner.page.getByTestId("cancel-reason").innerText()).toContain("Kitchen is closing");
    await diner.page.screenshot({ path: artifact("diner-cancelled.png"), fullPage: true });
    await board.closeDetail().catch(() => undefined);
    await advance(hostile.id, "accepted");
    await phone.close();
    await context.close();
  });

  it("lets staff take an order for a table, and holds orders from closed tables for approval", async () => {
    const { context, board } = await tablet();
    await board.page.getByRole("link", { name: "+ New order" }).click();
    await board.page.getByRole("button", { name: "T8", exact: true }).click();
    // Each category's heading sits above its tiles (no other page's styles leak in), tiles side by side.
    const coffee = board.page.getByRole("region", { name: "Coffee" });
    const heading = await coffee.getByRole("heading").boundingBox();
    const tiles = coffee.getByRole("button");
    const [first, second] = [await tiles.nth(0).boundingBox(), await tiles.nth(1).boundingBox()];
    expect(heading && first && heading.y + heading.height <= first.y).toBe(true);
    expect(first && second && Math.abs(first.y - second.y) < 1 && second.x > first.x).toBe(true);
    await board.page.getByRole("button", { name: /^Latte/ }).click();
    await board.page.locator("label.option-chip", { hasText: "Large" }).click();
    await board.page.getByRole("button", { name: "One more" }).click();
    await board.page.getByLabel("Note for the kitchen").fill("one decaf");
    await board.page.getByRole("button", { name: /^Add/ }).click();
    await board.page.getByRole("button", { name: "Send to kitchen" }).click();
    await board.page.getByTestId("column-placed").waitFor();
    const card = board.cards().filter({ hasText: "T8" });
    await card.waitFor();
    expect(await card.innerText()).toContain("2 × Latte");
    expect(await card.getAttribute("data-urgency")).toBe("waiting");
    await advance((await card.getAttribute("data-order-id")) ?? "", "accepted");

    await server.db.updateTable("shops").set({ sittingsEnabled: 1 }).where("id", "=", menu.shop.id).execute();
    const held = await order("T9", [simple("Scallion Pancake")]);
    await server.db.updateTable("shops").set({ sittingsEnabled: 0 }).where("id", "=", menu.shop.id).execute();
    expect(held.needsApproval).toBe(true);
    const approval = board.page.getByTestId("column-approval");
    await approval.locator(`[data-order-id="${held.id}"]`).waitFor();
    await board.card(held.id).getByRole("button", { name: "Approve", exact: true }).click();
    await approval.waitFor({ state: "detached" });
    await board.page.getByTestId("column-placed").locator(`[data-order-id="${held.id}"]`).waitFor();
    await advance(held.id, "accepted");
    await context.close();
  });

  it("looks finished: board in landscape and portrait, order detail, and the 80 mm kitchen ticket", async () => {
    const latte = {
      itemId: item("Latte").id,
      quantity: 2,
      optionIds: [optionId("Latte", "Large"), optionId("Latte", "Oat milk")],
      note: "one decaf",
    };
    const first = await order("T1", [latte, simple("Pork Buns (3)")], "Birthday — bring the buns first");
    const second = await order("T2", [simple("Dan Dan Noodles", 1, ["Hot"]), simple("Smashed Cucumber")]);
    const third = await order("counter", [simple("Americano", 2, ["Iced"])]);
    const fourth = await order("T3", [simple("Braised Beef Noodle Soup")]);
    const late = await order("T10", [simple("Scallion Oil Noodles"), simple("Jasmine Tea")]);
    await server.db
      .updateTable("orders")
      .set({ createdAt: Date.now() - 7 * 60_000, placedAt: Date.now() - 7 * 60_000 })
      .where("id", "=", late.id)
      .execute();
    await advance(first.id, "accepted");
    await advance(second.id, "accepted");
    await advance(third.id, "accepted", "preparing");
    await advance(fourth.id, "accepted", "preparing", "ready");
    const { context, board } = await tablet();
    await board.card(first.id).waitFor();
    const fresh = await order("T4", [simple("Flat White")]);
    await board.card(fresh.id).waitFor();
    await board.page.waitForTimeout(600);
    await board.page.screenshot({ path: artifact("board-alerts-1024x768.png") });

    await board.open(first.id);
    await board.page.waitForTimeout(300);
    await board.page.screenshot({ path: artifact("board-order-detail.png") });

    await board.detail().getByRole("link", { name: "Print ticket" }).click();
    const ticket = board.page.getByTestId("ticket");
    await ticket.waitFor();
    expect(await ticket.innerText()).toContain(`#${first.pickupNumber}`);
    expect(await ticket.innerText()).toContain("one decaf");
    await board.page.screenshot({ path: artifact("board-ticket-screen.png") });
    await board.page.emulateMedia({ media: "print" });
    await ticket.screenshot({ path: artifact("board-ticket-80mm.png") });
    // Back to the page's own media: an emulated "screen" would also apply to the PDF below.
    await board.page.emulateMedia({ media: null });
    // Printed on a page 80 mm wide (226.8 pt) and only as long as the ticket, not an A4 sheet.
    const pdf = (await board.page.pdf({ preferCSSPageSize: true })).toString("latin1");
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
    expect(boxes).toHaveLength(1);
    expect(Number(boxes[0]?.[1])).toBeCloseTo(226.8, 0);
    expect(Number(boxes[0]?.[2])).toBeLessThan(600);
    await context.close();

    const portrait = await tablet({ width: 768, height: 1024 });
    await portrait.board.card(first.id).waitFor();
    await portrait.board.page.screenshot({ path: artifact("board-alerts-768x1024.png") });
    await portrait.context.close();
  });
});
