import type { Order } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type JsonResponse, login, placeOrder, postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { orderAwaitingPayment, type PendingPayment, pressSandbox, readOrder } from "../support/payments.js";
import { connected, connectMerchant, record } from "../support/sockets.js";
import { signedInStaff } from "../support/staff.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

/**
 * Refunds asked for by people who may not give money back, and money taken at the counter: cancelling a
 * paid order is a refund, so it needs `payments.refund` (managers and owners), whatever the order's
 * payment; a counter payment is handed back at the counter and confirmed, never sent to a provider.
 */

let server: TestServer;
let counterShop: TestShop;
let onlineShop: TestShop;
const cookies = { counterStaff: "", counterManager: "", onlineStaff: "", onlineManager: "" };

beforeAll(async () => {
  server = await startTestServer();
  [counterShop, onlineShop] = await Promise.all([
    createTestShop(server),
    createTestShop(server, { paymentMode: "pay_first" }),
  ]);
  const [counterStaff, counterManager, onlineStaff, onlineManager] = await Promise.all([
    signedInStaff(server, counterShop.shopId, "staff"),
    signedInStaff(server, counterShop.shopId, "manager"),
    signedInStaff(server, onlineShop.shopId, "staff"),
    signedInStaff(server, onlineShop.shopId, "manager"),
  ]);
  Object.assign(cookies, {
    counterStaff: counterStaff.cookie,
    counterManager: counterManager.cookie,
    onlineStaff: onlineStaff.cookie,
    onlineManager: onlineManager.cookie,
  });
});
afterAll(() => server?.stop());

type ErrorBody = { error: { code: string; message: string; details?: unknown } };

const cancel = (orderId: string, cookie: string, extra: Record<string, unknown> = {}) =>
  postJson<{ order: Order } & ErrorBody>(
    `${server.url}/api/merchant/orders/${orderId}/status`,
    { status: "cancelled", ...extra },
    { Cookie: cookie },
  );

/** A pay-at-counter order of two teas that staff took cash for, with a tip. */
async function paidAtCounter(tip = 0): Promise<Order> {
  const placed = await placeOrder(server.url, {
    tableToken: counterShop.tableToken,
    lines: [{ itemId: counterShop.item("Tea").id, quantity: 2 }],
  });
  expect(placed.status).toBe(201);
  const paid = await postJson<{ order: Order }>(
    `${server.url}/api/merchant/orders/${placed.body.order.id}/paid`,
    { tender: "cash", tip },
    { Cookie: cookies.counterStaff },
  );
  expect(paid.status).toBe(200);
  expect(paid.body.order.paymentStatus).toBe("paid");
  return paid.body.order;
}

async function paidOnline(): Promise<PendingPayment> {
  const payment = await orderAwaitingPayment(server, onlineShop);
  await pressSandbox(payment, "pay");
  await expect
    .poll(async () => (await readOrder(server, payment)).paymentStatus, { timeout: 8000, interval: 50 })
    .toBe("paid");
  return payment;
}

/** Everything a cancel could change about one order and its money. */
async function moneyState(orderId: string) {
  const db = server.db;
  const payment = await db.selectFrom("payments").selectAll().where("orderId", "=", orderId).execute();
  const refundJobs = await db
    .selectFrom("outbox")
    .select(["name", "payload"])
    .where("name", "=", "payment.refund")
    .where("payload", "in", payment.map((p) => JSON.stringify({ paymentId: p.id })).concat(["-"]))
    .execute();
  return {
    order: await db.selectFrom("orders").selectAll().where("id", "=", orderId).executeTakeFirstOrThrow(),
    payment,
    history: await db
      .selectFrom("orderStatusChanges")
      .selectAll()
      .where("orderId", "=", orderId)
      .orderBy("at")
      .execute(),
    coupons: await db.selectFrom("couponRedemptions").selectAll().where("orderId", "=", orderId).execute(),
    refundJobs,
  };
}

function expectRefusal(answer: JsonResponse<ErrorBody>, status: number, code: string) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.body.error.code).toBe(code);
}

describe("refunds need payments.refund", () => {
  it("refuses staff who cancel an order paid at the counter, confirmed or not, and changes nothing", async () => {
    const order = await paidAtCounter();
    const before = await moneyState(order.id);
    for (const extra of [{}, { refundedAtCounter: true }, { reason: "Kitchen closed" }]) {
      const refused = await cancel(order.id, cookies.counterStaff, extra);
      expectRefusal(refused, 403, "refund_not_allowed");
      expect(refused.body.error.message).toMatch(/manager or the owner must cancel it/);
    }
    expect(await moneyState(order.id)).toEqual(before);
  });

  it("refuses staff who cancel an order paid online, queues no refund, and lets a manager do it", async () => {
    const payment = await paidOnline();
    const before = await moneyState(payment.order.id);
    expectRefusal(await cancel(payment.order.id, cookies.onlineStaff), 403, "refund_not_allowed");
    expect(await moneyState(payment.order.id)).toEqual(before);

    const cancelled = await cancel(payment.order.id, cookies.onlineManager);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.order).toMatchObject({ status: "cancelled", paymentStatus: "refund_pending" });
    await expect
      .poll(async () => (await readOrder(server, payment)).paymentStatus, { timeout: 8000, interval: 50 })
      .toBe("refunded");
    const checkout = await server.db
      .selectFrom("sandboxCheckouts")
      .select("refunded")
      .where("id", "=", payment.checkoutId)
      .executeTakeFirstOrThrow();
    expect(checkout.refunded).toBe(1);
  });

  it("still lets staff cancel an order nobody has paid", async () => {
    const placed = await placeOrder(server.url, {
      tableToken: counterShop.tableToken,
      lines: [{ itemId: counterShop.item("Tea").id, quantity: 1 }],
    });
    const cancelled = await cancel(placed.body.order.id, cookies.counterStaff, { reason: "Guest left" });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.order).toMatchObject({ status: "cancelled", paymentStatus: "unpaid" });
    expect((await moneyState(placed.body.order.id)).refundJobs).toEqual([]);
  });
});

describe("money taken at the counter is handed back at the counter", () => {
  it("asks for the confirmation with the amount to hand back, tip included, and changes nothing", async () => {
    const order = await paidAtCounter(300);
    const before = await moneyState(order.id);
    const unconfirmed = await cancel(order.id, cookies.counterManager);
    expectRefusal(unconfirmed, 409, "counter_refund_unconfirmed");
    expect(unconfirmed.body.error.details).toEqual({ amount: order.total + 300, currency: "CNY" });
    expect(unconfirmed.body.error.message).toContain("CN¥33.00");
    expect(await moneyState(order.id)).toEqual(before);
  });

  it("ends refunded at once when a manager confirms, with no provider job, and the board hears it", async () => {
    const order = await paidAtCounter();
    const owner = await login(server.url, counterShop.owner.email, counterShop.owner.password);
    const board = connectMerchant(server.url, owner);
    await connected(board);
    const updates = record<Order>(board, "order:updated");
    const alerts = record<unknown>(board, "payment:alert");
    try {
      const cancelled = await cancel(order.id, cookies.counterManager, {
        refundedAtCounter: true,
        reason: "Wrong order",
      });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.order).toMatchObject({ status: "cancelled", paymentStatus: "refunded" });
      const heard = await updates.next((o) => o.id === order.id && o.status === "cancelled");
      expect(heard.paymentStatus).toBe("refunded");

      const after = await moneyState(order.id);
      expect(after.payment).toMatchObject([{ provider: "counter", status: "refunded" }]);
      expect(after.order).toMatchObject({ status: "cancelled", paymentStatus: "refunded" });
      expect(after.refundJobs).toEqual([]);
      expect(after.history.at(-1)).toMatchObject({ toStatus: "cancelled", reason: "Wrong order" });
      // Nothing is left for a job to fail at, so no refund_failed alert ever comes.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(alerts.events).toEqual([]);

      // Done once: a second confirmation finds the order already cancelled.
      expectRefusal(
        await cancel(order.id, cookies.counterManager, { refundedAtCounter: true }),
        409,
        "invalid_transition",
      );
      expect(await moneyState(order.id)).toEqual(after);
    } finally {
      board.disconnect();
    }
  });

  it("refuses the confirmation for an order paid online or not paid, writing nothing", async () => {
    const online = await paidOnline();
    const onlineBefore = await moneyState(online.order.id);
    expectRefusal(
      await cancel(online.order.id, cookies.onlineManager, { refundedAtCounter: true }),
      409,
      "no_counter_refund",
    );
    expect(await moneyState(online.order.id)).toEqual(onlineBefore);

    const unpaid = await placeOrder(server.url, {
      tableToken: counterShop.tableToken,
      lines: [{ itemId: counterShop.item("Tea").id, quantity: 1 }],
    });
    const unpaidBefore = await moneyState(unpaid.body.order.id);
    expectRefusal(
      await cancel(unpaid.body.order.id, cookies.counterManager, { refundedAtCounter: true }),
      409,
      "no_counter_refund",
    );
    expect(await moneyState(unpaid.body.order.id)).toEqual(unpaidBefore);
  });

  it("refuses the confirmation outside a cancel, or as anything but true (400)", async () => {
    const order = await paidAtCounter();
    const before = await moneyState(order.id);
    for (const body of [
      { status: "accepted", refundedAtCounter: true },
      { status: "cancelled", refundedAtCounter: false },
      { status: "cancelled", refundedAtCounter: "yes" },
    ]) {
      const refused = await postJson<ErrorBody>(
        `${server.url}/api/merchant/orders/${order.id}/status`,
        body,
        {
          Cookie: cookies.counterManager,
        },
      );
      expectRefusal(refused, 400, "validation_failed");
    }
    expect(await moneyState(order.id)).toEqual(before);
  });
});
