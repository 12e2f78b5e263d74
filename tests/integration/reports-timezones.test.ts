import type { SalesReport } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, placeOrder } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

// The server's clock is ours to set, so orders are placed at exact instants around midnight and DST.
let now = Date.parse("2026-05-01T12:00:00Z");
let server: TestServer;
let shanghai: TestShop;
let newYork: TestShop;

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  shanghai = await createTestShop(server, { timezone: "Asia/Shanghai" });
  newYork = await createTestShop(server, { timezone: "America/New_York", currency: "USD", locale: "en-US" });
});
afterAll(() => server?.stop());

async function orderAt(shop: TestShop, iso: string): Promise<string> {
  now = Date.parse(iso);
  const res = await placeOrder(server.url, {
    tableToken: shop.tableToken,
    lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
  });
  expect(res.status).toBe(201);
  const row = await server.db
    .selectFrom("orders")
    .select("businessDay")
    .where("id", "=", res.body.order.id)
    .executeTakeFirstOrThrow();
  return row.businessDay;
}

async function report(shop: TestShop, day: string): Promise<SalesReport> {
  now = Date.parse("2026-12-01T12:00:00Z");
  const cookie = await login(server.url, shop.owner.email, shop.owner.password);
  const res = await fetch(`${server.url}/api/merchant/reports/sales?from=${day}&to=${day}`, {
    headers: { Cookie: cookie },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as SalesReport;
}

const busyHours = (r: SalesReport) =>
  Object.fromEntries(r.hours.filter((h) => h.orders > 0).map((h) => [h.hour, h.orders]));

describe("a day is the shop's local day (the suite runs with TZ=America/Sao_Paulo)", () => {
  it("splits Shanghai's midnight at 16:00 UTC", async () => {
    expect(process.env.TZ).toBe("America/Sao_Paulo");
    expect(await orderAt(shanghai, "2026-05-01T15:59:30Z")).toBe("2026-05-01");
    expect(await orderAt(shanghai, "2026-05-01T16:00:30Z")).toBe("2026-05-02");
    const first = await report(shanghai, "2026-05-01");
    expect(first.totals).toMatchObject({ orders: 1, net: 1500 });
    expect(busyHours(first)).toEqual({ 23: 1 });
    const second = await report(shanghai, "2026-05-02");
    expect(second.totals).toMatchObject({ orders: 1, net: 1500 });
    expect(busyHours(second)).toEqual({ 0: 1 });
  });

  it("keeps New York's spring-forward day 23 hours long, with no 2 o'clock", async () => {
    expect(await orderAt(newYork, "2026-03-08T04:59:00Z")).toBe("2026-03-07"); // 23:59 EST
    expect(await orderAt(newYork, "2026-03-08T06:59:00Z")).toBe("2026-03-08"); // 01:59 EST
    expect(await orderAt(newYork, "2026-03-08T07:01:00Z")).toBe("2026-03-08"); // 03:01 EDT
    expect(await orderAt(newYork, "2026-03-09T03:59:00Z")).toBe("2026-03-08"); // 23:59 EDT
    expect(await orderAt(newYork, "2026-03-09T04:00:00Z")).toBe("2026-03-09"); // 00:00 EDT
    const day = await report(newYork, "2026-03-08");
    expect(day.totals).toMatchObject({ orders: 3, net: 4500 });
    expect(busyHours(day)).toEqual({ 1: 1, 3: 1, 23: 1 });
    expect(day.previous.totals.orders).toBe(1);
    expect(busyHours(await report(newYork, "2026-03-09"))).toEqual({ 0: 1 });
  });

  it("counts New York's fall-back 1 o'clock twice on one 25-hour day", async () => {
    expect(await orderAt(newYork, "2026-11-01T03:59:00Z")).toBe("2026-10-31"); // 23:59 EDT
    expect(await orderAt(newYork, "2026-11-01T05:30:00Z")).toBe("2026-11-01"); // 01:30 EDT
    expect(await orderAt(newYork, "2026-11-01T06:30:00Z")).toBe("2026-11-01"); // 01:30 EST
    expect(await orderAt(newYork, "2026-11-02T04:59:00Z")).toBe("2026-11-01"); // 23:59 EST
    expect(await orderAt(newYork, "2026-11-02T05:00:00Z")).toBe("2026-11-02"); // 00:00 EST
    const day = await report(newYork, "2026-11-01");
    expect(day.totals).toMatchObject({ orders: 3, net: 4500 });
    expect(busyHours(day)).toEqual({ 1: 2, 23: 1 });
    expect(day.days).toEqual([{ day: "2026-11-01", orders: 3, net: 4500 }]);
  });
});

async function reportAt(shop: TestShop, range: { from: string; to: string }, at: string) {
  const cookie = await login(server.url, shop.owner.email, shop.owner.password);
  now = Date.parse(at);
  const res = await fetch(`${server.url}/api/merchant/reports/sales?from=${range.from}&to=${range.to}`, {
    headers: { Cookie: cookie },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as SalesReport;
}

describe("a range that ends today is compared with the same part of the period before", () => {
  it("compares today until 10:32 with yesterday until 10:32, not with all of yesterday", async () => {
    const shop = await createTestShop(server, { timezone: "Asia/Shanghai" });
    await orderAt(shop, "2026-12-01T09:00:00+08:00");
    await orderAt(shop, "2026-12-01T10:32:14+08:00"); // a second before the cut: counts
    await orderAt(shop, "2026-12-01T10:32:15+08:00"); // at the cut: later than "so far"
    await orderAt(shop, "2026-12-01T18:00:00+08:00");
    await orderAt(shop, "2026-12-02T09:30:00+08:00");
    const nowThere = "2026-12-02T10:32:15+08:00";
    // Yesterday as a whole is read first, so its whole-day rollup is stored before today is asked for.
    const yesterday = await reportAt(shop, { from: "2026-12-01", to: "2026-12-01" }, nowThere);
    expect(yesterday.totals.orders).toBe(4);
    expect(yesterday.previous).not.toHaveProperty("until");

    const today = await reportAt(shop, { from: "2026-12-02", to: "2026-12-02" }, nowThere);
    expect(today.totals).toMatchObject({ orders: 1, net: 1500 });
    expect(today.previous).toMatchObject({
      from: "2026-12-01",
      to: "2026-12-01",
      until: "10:32",
      untilAt: "2026-12-01T02:32:15.000Z",
    });
    expect(today.previous.totals).toMatchObject({ orders: 2, net: 3000 });
  });

  it("compares the last 7 days until now with the 7 days before until the same time", async () => {
    const shop = await createTestShop(server, { timezone: "Asia/Shanghai" });
    await orderAt(shop, "2026-11-19T08:00:00+08:00");
    await orderAt(shop, "2026-11-25T10:00:00+08:00");
    await orderAt(shop, "2026-11-25T12:00:00+08:00"); // after 10:32 on the previous period's last day
    await orderAt(shop, "2026-11-26T20:00:00+08:00");
    await orderAt(shop, "2026-12-02T10:00:00+08:00");
    const week = await reportAt(shop, { from: "2026-11-26", to: "2026-12-02" }, "2026-12-02T10:32:15+08:00");
    expect(week.totals.orders).toBe(2);
    expect(week.previous).toMatchObject({ from: "2026-11-19", to: "2026-11-25", until: "10:32" });
    expect(week.previous.totals.orders).toBe(2);
    // A range that ended before today compares whole days.
    const before = await reportAt(
      shop,
      { from: "2026-11-19", to: "2026-11-25" },
      "2026-12-02T10:32:15+08:00",
    );
    expect(before.totals.orders).toBe(3);
    expect(before.previous).not.toHaveProperty("until");
  });

  it("cuts at the same wall-clock time across a DST change (New York, the day after spring-forward)", async () => {
    const shop = await createTestShop(server, {
      timezone: "America/New_York",
      currency: "USD",
      locale: "en-US",
    });
    await orderAt(shop, "2026-03-08T09:59:00-04:00"); // EDT, before 10:00 on the last previous day
    await orderAt(shop, "2026-03-08T10:01:00-04:00");
    const day = await reportAt(shop, { from: "2026-03-09", to: "2026-03-09" }, "2026-03-09T10:00:00-04:00");
    expect(day.previous).toMatchObject({ until: "10:00", untilAt: "2026-03-08T14:00:00.000Z" });
    expect(day.previous.totals.orders).toBe(1);
  });
});

describe("the orders CSV gives times on the shop's clock", () => {
  const csvRows = async (shop: TestShop, day: string) => {
    const cookie = await login(server.url, shop.owner.email, shop.owner.password);
    const res = await fetch(
      `${server.url}/api/merchant/reports/sales.csv?from=${day}&to=${day}&breakdown=orders`,
      { headers: { Cookie: cookie } },
    );
    expect(res.status).toBe(200);
    const text = (await res.text()).replace(/^\uFEFF/, "");
    return text
      .trim()
      .split("\r\n")
      .map((line) => line.split(","));
  };

  it("names the zone in the header and writes each time as the shop's clock showed it", async () => {
    const shop = await createTestShop(server, { timezone: "Asia/Shanghai" });
    await orderAt(shop, "2026-12-01T10:32:05Z");
    const [header, row] = await csvRows(shop, "2026-12-01");
    expect(header?.slice(0, 3)).toEqual(["Day", "Placed at (Asia/Shanghai)", "UTC offset"]);
    expect(row?.slice(0, 3)).toEqual(["2026-12-01", "2026-12-01 18:32:05", "UTC+08:00"]);
  });

  it("tells New York's two 1:30s of the fall-back apart by their offset", async () => {
    const shop = await createTestShop(server, {
      timezone: "America/New_York",
      currency: "USD",
      locale: "en-US",
    });
    await orderAt(shop, "2026-11-01T05:30:00Z");
    await orderAt(shop, "2026-11-01T06:30:00Z");
    const [header, ...rows] = await csvRows(shop, "2026-11-01");
    expect(header?.[1]).toBe("Placed at (America/New_York)");
    expect(rows.map((row) => row.slice(1, 3))).toEqual([
      ["2026-11-01 01:30:00", "UTC-04:00"],
      ["2026-11-01 01:30:00", "UTC-05:00"],
    ]);
  });
});
