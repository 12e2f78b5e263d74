import { randomUUID } from "node:crypto";
import type { Order } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, placeOrder, postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { postNotification, pressSandbox, readOrder, signedNotification } from "../support/payments.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let payFirst: TestShop;
let atCounter: TestShop;
let counterCookie: string;

beforeAll(async () => {
  // Unpaid pay-first orders expire after 4 s, so the coupon test below can watch one give its use back.
  server = await startTestServer({ env: { PAYMENT_TIMEOUT: "4" } });
  payFirst = await createTestShop(server, { paymentMode: "pay_first" });
  atCounter = await createTestShop(server);
  counterCookie = await login(server.url, atCounter.owner.email, atCounter.owner.password);
});
afterAll(() => server?.stop());

const TEA = 1500;

async function unpaidOrder(shop: TestShop, quantity = 2) {
  const placed = await placeOrder(server.url, {
    tableToken: shop.tableToken,
    lines: [{ itemId: shop.item("Tea").id, quantity }],
  });
  expect(placed.status).toBe(201);
  return placed.body;
}

const checkout = (order: { order: Order; orderToken: string }, body?: unknown) =>
  postJson<{ checkoutUrl: string; error?: { code: string; message: string } }>(
    `${server.url}/api/orders/${order.order.id}/checkout`,
    body,
    { Authorization: `Bearer ${order.orderToken}` },
  );

const orderRow = (id: string) =>
  server.db.selectFrom("orders").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const paymentsOf = (orderId: string) =>
  server.db.selectFrom("payments").selectAll().where("orderId", "=", orderId).execute();

describe("tips on an online payment", () => {
  it("charges total + tip through the sandbox and records the tip apart from sales", async () => {
    const placed = await unpaidOrder(payFirst);
    const opened = await checkout(placed, { tip: 450 });
    expect(opened.status).toBe(201);
    const page = await (await fetch(opened.body.checkoutUrl)).text();
    expect(page).toContain("34.50");

    const payment = {
      ...placed,
      checkoutId: opened.body.checkoutUrl.split("/").pop() ?? "",
      checkoutUrl: opened.body.checkoutUrl,
    };
    await pressSandbox(payment, "pay");
    await expect
      .poll(async () => (await readOrder(server, payment)).paymentStatus, { timeout: 8000, interval: 50 })
      .toBe("paid");
    const [paid] = await paymentsOf(placed.order.id);
    expect(paid).toMatchObject({ status: "paid", amount: 2 * TEA + 450 });
    expect(await orderRow(placed.order.id)).toMatchObject({
      subtotal: 2 * TEA,
      discount: 0,
      total: 2 * TEA,
      tip: 450,
    });
    expect(await readOrder(server, payment)).toMatchObject({ total: 2 * TEA, tip: 450, status: "placed" });
  });

  it("leaves the order unpaid when the provider reports the total without the tip", async () => {
    const placed = await unpaidOrder(payFirst, 1);
    const opened = await checkout(placed, { tip: 200 });
    const payment = {
      ...placed,
      checkoutId: opened.body.checkoutUrl.split("/").pop() ?? "",
      checkoutUrl: opened.body.checkoutUrl,
    };
    const short = signedNotification(payment, { id: `evt_${randomUUID()}`, amount: TEA });
    expect((await postNotification(server, short)).status).toBe(200);
    await expect
      .poll(
        async () =>
          (
            await server.db
              .selectFrom("paymentEvents")
              .select("outcome")
              .where("providerRef", "=", payment.checkoutId)
              .executeTakeFirst()
          )?.outcome,
        { timeout: 8000, interval: 50 },
      )
      .toBe("amount_mismatch");
    expect((await readOrder(server, payment)).paymentStatus).toBe("unpaid");
  });

  it("keeps the first checkout's tip: the same tip reopens it, another is refused", async () => {
    const placed = await unpaidOrder(payFirst, 1);
    const first = await checkout(placed, { tip: 150 });
    expect(first.status).toBe(201);
    expect((await checkout(placed, { tip: 150 })).body.checkoutUrl).toBe(first.body.checkoutUrl);
    expect((await checkout(placed)).body.checkoutUrl).toBe(first.body.checkoutUrl);
    const changed = await checkout(placed, { tip: 300 });
    expect(changed.status).toBe(409);
    expect(changed.body.error?.code).toBe("tip_locked");
    expect((await orderRow(placed.order.id)).tip).toBe(150);
  });

  it("refuses negative, fractional, huge and over-the-total tips, writing nothing", async () => {
    const placed = await unpaidOrder(payFirst, 1);
    for (const tip of [-1, 1.5, "100", 10_000_000]) {
      const refused = await checkout(placed, { tip });
      expect(refused.status, String(tip)).toBe(400);
      expect(refused.body.error?.code).toBe("validation_failed");
    }
    const tooMuch = await checkout(placed, { tip: TEA + 1 });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error?.code).toBe("tip_too_large");
    expect(await paymentsOf(placed.order.id)).toHaveLength(0);
    expect((await orderRow(placed.order.id)).tip).toBe(0);
    // Afterwards the diner can still pay, with a sensible tip.
    expect((await checkout(placed, { tip: TEA })).status).toBe(201);
  });
});

describe("tips at the counter", () => {
  const markPaid = (orderId: string, body: unknown) =>
    postJson<{ order: Order; error?: { code: string } }>(
      `${server.url}/api/merchant/orders/${orderId}/paid`,
      body,
      {
        Cookie: counterCookie,
      },
    );

  it("records the tip staff took with the payment", async () => {
    const placed = await unpaidOrder(atCounter, 2);
    const paid = await markPaid(placed.order.id, { tender: "card", tip: 300 });
    expect(paid.status).toBe(200);
    expect(paid.body.order).toMatchObject({ paymentStatus: "paid", total: 2 * TEA, tip: 300 });
    const [payment] = await paymentsOf(placed.order.id);
    expect(payment).toMatchObject({ provider: "counter", amount: 2 * TEA + 300, tender: "card" });
    expect((await orderRow(placed.order.id)).subtotal).toBe(2 * TEA);
  });

  it("refuses a bad tip and records no payment", async () => {
    const placed = await unpaidOrder(atCounter, 1);
    expect((await markPaid(placed.order.id, { tender: "cash", tip: 2.5 })).status).toBe(400);
    expect((await markPaid(placed.order.id, { tender: "cash", tip: -5 })).status).toBe(400);
    const tooMuch = await markPaid(placed.order.id, { tender: "cash", tip: TEA * 3 });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error?.code).toBe("tip_too_large");
    expect(await paymentsOf(placed.order.id)).toHaveLength(0);
    expect(await orderRow(placed.order.id)).toMatchObject({ tip: 0, paymentStatus: "unpaid" });
    expect((await markPaid(placed.order.id, { tender: "cash" })).body.order).toMatchObject({
      paymentStatus: "paid",
      tip: 0,
    });
  });
});

describe("an expired order", () => {
  it("gives its coupon use back", async () => {
    const owner = await login(server.url, payFirst.owner.email, payFirst.owner.password);
    const made = await postJson<{ coupon: { id: string; code: string } }>(
      `${server.url}/api/merchant/coupons`,
      { code: `ONCE${Date.now().toString(36)}`, kind: "fixed", value: 100, usageLimit: 1 },
      { Cookie: owner },
    );
    expect(made.status).toBe(201);
    const placed = await placeOrder(server.url, {
      tableToken: payFirst.tableToken,
      lines: [{ itemId: payFirst.item("Tea").id, quantity: 1 }],
      couponCode: made.body.coupon.code,
      deviceId: `dev-${randomUUID()}`,
    });
    expect(placed.status).toBe(201);
    const usedCount = async () =>
      (
        await server.db
          .selectFrom("coupons")
          .select("usedCount")
          .where("id", "=", made.body.coupon.id)
          .executeTakeFirstOrThrow()
      ).usedCount;
    expect(await usedCount()).toBe(1);
    await expect
      .poll(async () => (await orderRow(placed.body.order.id)).status, { timeout: 15_000, interval: 200 })
      .toBe("expired");
    expect(await usedCount()).toBe(0);
  });
});
