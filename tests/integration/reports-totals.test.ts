import { type Order, orderStatuses, paymentStatuses, type SalesReport } from "@tabletap/shared";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, placeOrder, postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { clearOrders, insertRowOrders, type RowOrder } from "../support/report-orders.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

// Shanghai midnight of each day used below; orders land anywhere in the shop's day.
const DAYS = ["2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04", "2026-04-05", "2026-04-06"];
const midnightUtc = (day: string) => Date.parse(`${day}T00:00:00+08:00`);
const RANGE = { from: "2026-04-04", to: "2026-04-05" };
const PREVIOUS = { from: "2026-04-02", to: "2026-04-03" };

let server: TestServer;
let shop: TestShop;
let cookie: string;
let items: { itemId: string; name: string; category: string }[];

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server, { timezone: "Asia/Shanghai" });
  cookie = await login(server.url, shop.owner.email, shop.owner.password);
  items = shop.menu.categories.flatMap((c) =>
    c.items.map((i) => ({ itemId: i.id, name: i.name, category: c.name })),
  );
});
afterAll(() => server?.stop());

const orderArb = () =>
  fc.record({
    dayIndex: fc.integer({ min: 0, max: DAYS.length - 1 }),
    minuteOfDay: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    status: fc.constantFrom(...orderStatuses),
    paymentStatus: fc.constantFrom(...paymentStatuses),
    paymentMethod: fc.constantFrom("online" as const, "counter" as const),
    tender: fc.constantFrom("cash" as const, "card" as const, null),
    table: fc.integer({ min: 0, max: 3 }),
    discount: fc.integer({ min: 0, max: 3000 }),
    tip: fc.integer({ min: 0, max: 2000 }),
    // Only read for cancelled orders: cancelled after reaching the kitchen, or before being paid.
    reachedKitchen: fc.boolean(),
    lines: fc.array(
      fc.record({
        item: fc.integer({ min: 0, max: 3 }),
        unitPrice: fc.integer({ min: 1, max: 99_999 }),
        quantity: fc.integer({ min: 1, max: 99 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  });

const STANDING = new Set(["placed", "accepted", "preparing", "ready", "completed"]);
const isStanding = (o: RowOrder) => STANDING.has(o.status);
// A cancelled order that never reached the kitchen is no sale, even when a late payment came and went back.
const isRefunded = (o: RowOrder) =>
  o.status === "cancelled" && o.paymentStatus !== "unpaid" && o.reachedKitchen !== false;
const subtotal = (o: RowOrder) => o.lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0);
const discount = (o: RowOrder) => Math.min(o.discount, subtotal(o));
const total = (o: RowOrder) => subtotal(o) - discount(o);
const sum = (orders: RowOrder[], f: (o: RowOrder) => number) => orders.reduce((s, o) => s + f(o), 0);

/** The figures, computed here over the generated rows, independently of the server's SQL. */
function expectedTotals(orders: RowOrder[]) {
  const sales = orders.filter((o) => isStanding(o) || isRefunded(o));
  const standing = orders.filter(isStanding);
  const gross = sum(sales, subtotal);
  const discounts = sum(sales, discount);
  const refunds = sum(orders.filter(isRefunded), total);
  const net = gross - discounts - refunds;
  return {
    gross,
    discounts,
    refunds,
    net,
    tips: sum(standing, (o) => o.tip),
    orders: standing.length,
    averageTicket: standing.length ? Math.round(net / standing.length) : 0,
    cancellations: orders.filter((o) => o.status === "cancelled").length,
  };
}

const inRange = (o: RowOrder, r: { from: string; to: string }) => o.day >= r.from && o.day <= r.to;
const shanghaiHour = (at: number) =>
  Number(
    new Date(at).toLocaleString("en-US", { timeZone: "Asia/Shanghai", hour: "numeric", hourCycle: "h23" }),
  );

describe("sales report totals", () => {
  it("equal the sums over the rows, to the minor unit, for random orders, refunds and cancellations", async () => {
    const tables = shop.tables;
    await fc.assert(
      fc.asyncProperty(fc.array(orderArb(), { maxLength: 40 }), async (generated) => {
        const orders: RowOrder[] = generated.map((g) => {
          const day = DAYS[g.dayIndex] ?? "2026-04-01";
          return {
            day,
            createdAt: midnightUtc(day) + g.minuteOfDay * 60_000,
            status: g.status,
            paymentStatus: g.paymentStatus,
            paymentMethod: g.paymentMethod,
            tender: g.paymentMethod === "counter" ? g.tender : null,
            tableId: tables[g.table % tables.length]?.id ?? "",
            discount: g.discount,
            tip: g.tip,
            ...(g.status === "cancelled" ? { reachedKitchen: g.reachedKitchen } : {}),
            lines: g.lines.map((l) => {
              const item = items[l.item % items.length];
              return {
                itemId: item?.itemId ?? "",
                name: item?.name ?? "",
                unitPrice: l.unitPrice,
                quantity: l.quantity,
              };
            }),
          };
        });
        await clearOrders(server.db, shop.shopId);
        await insertRowOrders(server.db, shop.shopId, orders);
        const response = await fetch(
          `${server.url}/api/merchant/reports/sales?from=${RANGE.from}&to=${RANGE.to}`,
          { headers: { Cookie: cookie } },
        );
        expect(response.status).toBe(200);
        const report = (await response.json()) as SalesReport;

        const current = orders.filter((o) => inRange(o, RANGE));
        expect(report.totals).toEqual(expectedTotals(current));
        expect(report.previous).toEqual({
          ...PREVIOUS,
          totals: expectedTotals(orders.filter((o) => inRange(o, PREVIOUS))),
        });

        const standing = current.filter(isStanding);
        // Every breakdown adds up to the standing sales, split the way the rows say.
        for (const hour of report.hours) {
          const at = standing.filter((o) => shanghaiHour(o.createdAt) === hour.hour);
          expect(hour).toEqual({ hour: hour.hour, orders: at.length, net: sum(at, total) });
        }
        expect(report.hours.reduce((s, h) => s + h.net, 0)).toBe(report.totals.net);
        for (const table of tables) {
          const at = standing.filter((o) => o.tableId === table.id);
          const row = report.tables.find((t) => t.tableId === table.id);
          expect(row ? { orders: row.orders, net: row.net } : { orders: 0, net: 0 }).toEqual({
            orders: at.length,
            net: sum(at, total),
          });
        }
        const method = (o: RowOrder) => (o.paymentMethod === "online" ? "online" : (o.tender ?? "unpaid"));
        for (const name of ["online", "cash", "card", "unpaid"]) {
          const paid = standing.filter((o) => method(o) === name);
          const row = report.payments.find((p) => p.method === name);
          expect(row ? { orders: row.orders, net: row.net } : { orders: 0, net: 0 }).toEqual({
            orders: paid.length,
            net: sum(paid, total),
          });
        }
        for (const item of items) {
          const lines = standing.flatMap((o) => o.lines).filter((l) => l.itemId === item.itemId);
          const row = report.items.find((i) => i.itemId === item.itemId);
          expect(
            row ? { quantity: row.quantity, sales: row.sales, category: row.category } : undefined,
          ).toEqual(
            lines.length
              ? {
                  quantity: lines.reduce((s, l) => s + l.quantity, 0),
                  sales: lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0),
                  category: item.category,
                }
              : undefined,
          );
        }
        for (const day of [RANGE.from, RANGE.to]) {
          const on = standing.filter((o) => o.day === day);
          const row = report.days.find((d) => d.day === day);
          expect(row ? { orders: row.orders, net: row.net } : { orders: 0, net: 0 }).toEqual({
            orders: on.length,
            net: sum(on, total),
          });
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe("a report after a change", () => {
  it("shows a paid order cancelled through the console at once, as a refund", async () => {
    await clearOrders(server.db, shop.shopId);
    const placed = await placeOrder(server.url, {
      tableToken: shop.tableToken,
      lines: [{ itemId: shop.item("Dumplings").id, quantity: 2 }],
    });
    expect(placed.status).toBe(201);
    const { id } = placed.body.order;
    const day = (
      await server.db
        .selectFrom("orders")
        .select("businessDay")
        .where("id", "=", id)
        .executeTakeFirstOrThrow()
    ).businessDay;
    const totalsOf = async () => {
      const res = await fetch(`${server.url}/api/merchant/reports/sales?from=${day}&to=${day}`, {
        headers: { Cookie: cookie },
      });
      return ((await res.json()) as SalesReport).totals;
    };
    expect(await totalsOf()).toMatchObject({ gross: 6400, net: 6400, refunds: 0, orders: 1 });
    const paid = await postJson(
      `${server.url}/api/merchant/orders/${id}/paid`,
      { tender: "card" },
      { Cookie: cookie },
    );
    expect(paid.status).toBe(200);
    // Card money taken at the counter is handed back there: the cancel says so.
    const cancelled = await postJson<{ order: Order }>(
      `${server.url}/api/merchant/orders/${id}/status`,
      { status: "cancelled", refundedAtCounter: true },
      { Cookie: cookie },
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.order).toMatchObject({ status: "cancelled", paymentStatus: "refunded" });
    expect(await totalsOf()).toEqual({
      gross: 6400,
      discounts: 0,
      refunds: 6400,
      net: 0,
      tips: 0,
      orders: 0,
      averageTicket: 0,
      cancellations: 1,
    });
  });
});
