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
