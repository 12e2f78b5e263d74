import type { OutgoingMessage } from "@tabletap/server/lib/transports";
import type { DailySummary, SalesReport } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { login } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { insertRowOrders, type RowOrder } from "../support/report-orders.js";
import { connected, connectMerchant, type MerchantSocket, record } from "../support/sockets.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

// 23:30 EST on 2026-11-01, New York's 25-hour fall-back day: the run with no day given closes that day.
let now = Date.parse("2026-11-02T04:30:00Z");
let server: TestServer;
let shop: TestShop;
let cookie: string;
let socket: MerchantSocket;
const emails: OutgoingMessage[] = [];

const order = (over: Partial<RowOrder>): RowOrder => ({
  day: "2026-11-01",
  createdAt: Date.parse("2026-11-01T17:00:00Z"),
  status: "completed",
  paymentStatus: "paid",
  paymentMethod: "counter",
  tender: "cash",
  tableId: shop.tables[0]?.id ?? "",
  discount: 0,
  tip: 0,
  lines: [{ itemId: shop.item("Tea").id, name: "Tea", unitPrice: 1500, quantity: 2 }],
  ...over,
});

beforeAll(async () => {
  server = await startTestServer({
    clock: () => now,
    email: { channel: "email", send: async (message) => void emails.push(message) },
  });
  shop = await createTestShop(server, { timezone: "America/New_York", currency: "USD", locale: "en-US" });
  cookie = await login(server.url, shop.owner.email, shop.owner.password);
  socket = connectMerchant(server.url, cookie);
  await connected(socket);
  await insertRowOrders(server.db, shop.shopId, [
    order({ discount: 300, tip: 200 }),
    order({ paymentMethod: "online", tender: null, createdAt: Date.parse("2026-11-01T06:30:00Z") }),
    order({ status: "cancelled", paymentStatus: "refunded", paymentMethod: "online", tender: null }),
    order({ status: "expired", paymentStatus: "unpaid", paymentMethod: "online", tender: null }),
    order({ day: "2026-10-31", createdAt: Date.parse("2026-11-01T03:59:00Z") }),
  ]);
});
afterAll(async () => {
  socket?.disconnect();
  await server?.stop();
});

async function runCloseDay(jobId: string, data: { shopId: string; day?: string }) {
  const job = await server.queues.reports.add("report.close-day", data, { jobId });
  await vi.waitFor(async () => expect(await job.getState()).toBe("completed"), {
    timeout: 15_000,
    interval: 50,
  });
}

const summaries = () =>
  server.db.selectFrom("dailySummaries").selectAll().where("shopId", "=", shop.shopId).execute();

const dayClosedJobs = () =>
  server.db
    .selectFrom("outbox")
    .select(["id", "completedAt"])
    .where("name", "=", "report.day-closed")
    .execute();

describe("end of day", () => {
  it("stores the day's summary once, tells the owners once, and a second run changes nothing", async () => {
    const closed = record<DailySummary>(socket, "report:day-closed");
    // Two copies at once (a retry racing a second node), then the scheduler's own run without a day.
    await Promise.all([
      runCloseDay("close-a", { shopId: shop.shopId, day: "2026-11-01" }),
      runCloseDay("close-b", { shopId: shop.shopId, day: "2026-11-01" }),
    ]);
    await runCloseDay("close-c", { shopId: shop.shopId });
    const [summary, ...others] = await summaries();
    expect(others).toHaveLength(0);
    const live = (await (
      await fetch(`${server.url}/api/merchant/reports/sales?from=2026-11-01&to=2026-11-01`, {
        headers: { Cookie: cookie },
      })
    ).json()) as SalesReport;
    // 3000−300, 3000 and a refunded 3000: gross 9000, net 5700; the expired order never counts.
    expect(live.totals).toEqual({
      gross: 9000,
      discounts: 300,
      refunds: 3000,
      net: 5700,
      tips: 200,
      orders: 2,
      averageTicket: 2850,
      cancellations: 1,
    });
    expect(summary).toMatchObject({
      businessDay: "2026-11-01",
      currency: "USD",
      ...live.totals,
      closedAt: now,
    });

    const event = await closed.next();
    expect(event).toEqual({ day: "2026-11-01", totals: live.totals, closedAt: new Date(now).toISOString() });
    await vi.waitFor(async () => expect((await dayClosedJobs())[0]?.completedAt).not.toBeNull(), {
      timeout: 10_000,
    });
    expect(await dayClosedJobs()).toHaveLength(1);
    expect(emails.filter((e) => e.subject.includes("sales for 2026-11-01"))).toEqual([
      {
        to: shop.owner.email,
        subject: `Shop ${shop.slug}: sales for 2026-11-01`,
        text: expect.stringContaining("Net sales $57.00 from 2 orders (average $28.50)"),
      },
    ]);

    // A late cancellation shows in the live report, but the stored day stays as it was at closing.
    await server.db
      .updateTable("orders")
      .set({ status: "cancelled", paymentStatus: "refund_pending" })
      .where("shopId", "=", shop.shopId)
      .where("discount", "=", 300)
      .execute();
    now += 3_600_000;
    await runCloseDay("close-d", { shopId: shop.shopId, day: "2026-11-01" });
    expect(await summaries()).toEqual([summary]);
    expect(await dayClosedJobs()).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(closed.events).toHaveLength(1);
    expect(emails.filter((e) => e.subject.includes("sales for"))).toHaveLength(1);

    const listed = await fetch(
      `${server.url}/api/merchant/reports/daily-summaries?from=2026-10-01&to=2026-11-30`,
      {
        headers: { Cookie: cookie },
      },
    );
    expect(((await listed.json()) as { summaries: DailySummary[] }).summaries).toEqual([event]);
  });

  it("moves the shop's BullMQ job scheduler when a manager changes the closing time", async () => {
    const id = `report.close-day:${shop.shopId}`;
    const res = await fetch(`${server.url}/api/merchant/reports/settings`, {
      method: "PATCH",
      headers: { Cookie: cookie, "Content-Type": "application/json" },
      body: JSON.stringify({ closingTime: "01:45" }),
    });
    expect(res.status).toBe(200);
    await vi.waitFor(
      async () =>
        expect(await server.queues.reports.getJobScheduler(id)).toMatchObject({
          pattern: "45 1 * * *",
          tz: "America/New_York",
        }),
      { timeout: 10_000 },
    );
    const bad = await fetch(`${server.url}/api/merchant/reports/settings`, {
      method: "PATCH",
      headers: { Cookie: cookie, "Content-Type": "application/json" },
      body: JSON.stringify({ closingTime: "24:00" }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("validation_failed");
    const settings = await fetch(`${server.url}/api/merchant/reports/settings`, {
      headers: { Cookie: cookie },
    });
    expect(await settings.json()).toEqual({ closingTime: "01:45" });
  });
});
