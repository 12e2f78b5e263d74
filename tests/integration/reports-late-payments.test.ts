import { salesTotals } from "@tabletap/server/features/reports/sales-totals.repository";
import type { Order, SalesReport } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, setStatus } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { orderAwaitingPayment, type PendingPayment, pressSandbox, readOrder } from "../support/payments.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

/**
 * One rule for a payment that comes after its order was given up: an order that never reached the kitchen
 * is no sale, whether staff cancelled it or it expired before the money came. The late payment is refunded
 * automatically and shows on the order, but in neither gross nor refunds, in every place that adds up sales.
 */

let server: TestServer;
let shop: TestShop;
let cookie: string;

beforeAll(async () => {
  // A short payment timeout so an order can expire while the test watches.
  server = await startTestServer({ env: { PAYMENT_TIMEOUT: "3" } });
  shop = await createTestShop(server, { paymentMode: "pay_first", timezone: "Asia/Shanghai" });
  cookie = await login(server.url, shop.owner.email, shop.owner.password);
});
afterAll(() => server?.stop());

const TEA = 1500;

const settled = (payment: PendingPayment, predicate: (order: Order) => boolean) =>
  expect
    .poll(async () => predicate(await readOrder(server, payment)), { timeout: 10_000, interval: 50 })
    .toBe(true);

async function dayOf(orderId: string): Promise<string> {
  const row = await server.db
    .selectFrom("orders")
    .select("businessDay")
    .where("id", "=", orderId)
    .executeTakeFirstOrThrow();
  return row.businessDay;
}

async function report(day: string): Promise<SalesReport> {
  const res = await fetch(`${server.url}/api/merchant/reports/sales?from=${day}&to=${day}`, {
    headers: { Cookie: cookie },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as SalesReport;
}

/** The orders CSV's "counts as" column by order id. */
async function countsAs(day: string): Promise<Map<string, string>> {
  const res = await fetch(
    `${server.url}/api/merchant/reports/sales.csv?from=${day}&to=${day}&breakdown=orders`,
    {
      headers: { Cookie: cookie },
    },
  );
  expect(res.status).toBe(200);
  const [header, ...rows] = (await res.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  const columns = (header ?? "").split(",");
  const counts = columns.indexOf("Counts as");
  const id = columns.indexOf("Order id");
  expect(counts).toBeGreaterThanOrEqual(0);
  expect(id).toBeGreaterThanOrEqual(0);
  return new Map(rows.map((line) => line.split(",")).map((cells) => [cells[id] ?? "", cells[counts] ?? ""]));
}

describe("a payment that comes after its order was given up", () => {
  it("counts the same way whether the order was cancelled or expired: no sale, no refund", async () => {
    const cancelledFirst = await orderAwaitingPayment(server, shop);
    const expiredFirst = await orderAwaitingPayment(server, shop, 2);
    const day = await dayOf(cancelledFirst.order.id);
    expect(await dayOf(expiredFirst.order.id)).toBe(day);

    const cancelled = await setStatus(server.url, cookie, cancelledFirst.order.id, "cancelled");
    expect(cancelled.body.order).toMatchObject({ status: "cancelled", paymentStatus: "unpaid" });
    await settled(expiredFirst, (o) => o.status === "expired");
    const before = await report(day);

    // The diners had the checkout open and pay anyway; both payments are recorded and sent back.
    await pressSandbox(cancelledFirst, "pay");
    await pressSandbox(expiredFirst, "pay");
    await settled(cancelledFirst, (o) => o.paymentStatus === "refunded" && o.status === "cancelled");
    await settled(expiredFirst, (o) => o.paymentStatus === "refunded" && o.status === "expired");

    const nothingSold = { gross: 0, discounts: 0, refunds: 0, net: 0, tips: 0, orders: 0, averageTicket: 0 };
    const after = await report(day);
    expect(after.totals).toEqual({ ...nothingSold, cancellations: 1 });
    expect(after.totals).toEqual(before.totals);
    expect(after.payments).toEqual(before.payments);
    // What the end-of-day summary stores is added up by the same rule.
    expect(await salesTotals(server.db, { shopId: shop.shopId, from: day, to: day })).toEqual(after.totals);
    const csv = await countsAs(day);
    expect(csv.get(cancelledFirst.order.id)).toBe("not a sale");
    expect(csv.get(expiredFirst.order.id)).toBe("not a sale");
  });

  it("still counts an order paid and then cancelled as a sale and its refund", async () => {
    const payment = await orderAwaitingPayment(server, shop);
    const day = await dayOf(payment.order.id);
    const before = await report(day);
    await pressSandbox(payment, "pay");
    await settled(payment, (o) => o.paymentStatus === "paid");
    const cancelled = await setStatus(server.url, cookie, payment.order.id, "cancelled");
    expect(cancelled.body.order).toMatchObject({ status: "cancelled", paymentStatus: "refund_pending" });
    await settled(payment, (o) => o.paymentStatus === "refunded");

    const after = await report(day);
    expect(after.totals).toEqual({
      ...before.totals,
      gross: before.totals.gross + TEA,
      refunds: before.totals.refunds + TEA,
      cancellations: before.totals.cancellations + 1,
    });
    expect(await salesTotals(server.db, { shopId: shop.shopId, from: day, to: day })).toEqual(after.totals);
    expect((await countsAs(day)).get(payment.order.id)).toBe("refunded sale");
  });
});
