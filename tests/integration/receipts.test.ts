import type { Receipt, ReceiptLink } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, login, postJson, setStatus } from "../support/api.js";
import { completeOrder, placedOrder } from "../support/completed-order.js";
import { recordingEmail } from "../support/email.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { orderAwaitingPayment, pressSandbox, readOrder } from "../support/payments.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

const email = recordingEmail();
let server: TestServer;
let shop: TestShop;
let cookie: string;

beforeAll(async () => {
  server = await startTestServer({ email });
  shop = await createTestShop(server, { paymentMode: "pay_at_counter" });
  cookie = await login(server.url, shop.owner.email, shop.owner.password);
});
afterAll(async () => {
  await server?.stop();
});

const bearer = (orderToken: string) => ({ Authorization: `Bearer ${orderToken}` });

const receiptLink = (orderId: string, orderToken: string) =>
  postJson<ReceiptLink & { error?: { code: string } }>(
    `${server.url}/api/orders/${orderId}/receipt`,
    undefined,
    bearer(orderToken),
  );

const emailReceipt = (orderId: string, orderToken: string, body: unknown) =>
  postJson<{ queued?: true; error?: { code: string } }>(
    `${server.url}/api/orders/${orderId}/receipt/email`,
    body,
    bearer(orderToken),
  );

/** A latte (large, oat milk) and two teas, paid by card at the counter and completed. */
async function paidOrder() {
  const placed = await placedOrder(server.url, shop, [
    {
      itemId: shop.item("Latte").id,
      quantity: 1,
      optionIds: [shop.option("Latte", "Large"), shop.option("Latte", "Oat milk")],
    },
    { itemId: shop.item("Tea").id, quantity: 2 },
  ]);
  await completeOrder(server.url, cookie, placed.order.id, { paidBy: "card" });
  return placed;
}

describe("receipt links", () => {
  it("opens the receipt without the order token and carries nothing personal", async () => {
    const { order, orderToken } = await paidOrder();
    // The discount and tip columns are filled by coupons and tips; a receipt shows whatever they hold.
    await server.db
      .updateTable("orders")
      .set({ discount: 500, tip: 300 })
      .where("id", "=", order.id)
      .execute();
    await server.db
      .updateTable("payments")
      .set({ amount: order.total + 300 })
      .where("orderId", "=", order.id)
      .execute();
    const link = await receiptLink(order.id, orderToken);
    expect(link.status).toBe(200);
    expect(link.body.path).toBe(`/r/${link.body.receiptToken}`);
    expect(link.body.receiptToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(link.body.receiptToken).not.toBe(orderToken);
    // Asking again gives the same link, so shared copies keep working.
    expect((await receiptLink(order.id, orderToken)).body.receiptToken).toBe(link.body.receiptToken);

    const receipt = await getJson<Receipt>(`${server.url}/api/receipts/${link.body.receiptToken}`);
    expect(receipt.status).toBe(200);
    expect(receipt.body).toEqual({
      shop: { name: `Shop ${shop.slug}`, currency: "CNY", locale: "zh-CN", timezone: "Asia/Shanghai" },
      placedAt: order.createdAt,
      pickupNumber: order.pickupNumber,
      status: "completed",
      lines: [
        {
          name: "Latte",
          quantity: 1,
          unitPrice: 3500,
          lineTotal: 3500,
          options: [
            { name: "Large", priceDelta: 400 },
            { name: "Oat milk", priceDelta: 300 },
          ],
        },
        { name: "Tea", quantity: 2, unitPrice: 1500, lineTotal: 3000, options: [] },
      ],
      subtotal: 6500,
      discount: 500,
      total: order.total,
      tip: 300,
      amountPaid: order.total + 300,
      amountRefunded: 0,
      amountDue: 0,
      currency: "CNY",
      payment: { method: "counter", tender: "card", status: "paid" },
    });
    // Nothing in the whole body points back at the order, its table or the phone.
    const raw = JSON.stringify(receipt.body);
    for (const secret of [order.id, orderToken, shop.tableToken, order.table.id, shop.shopId]) {
      expect(raw).not.toContain(secret);
    }
    expect(raw).not.toMatch(/"(table|note|orderToken|tableToken|id|deviceId|email)"/);
    // The receipt token is not an order token: it neither reads the order nor follows it.
    const asOrderToken = await getJson(
      `${server.url}/api/orders/${order.id}`,
      bearer(link.body.receiptToken),
    );
    expect(asOrderToken.status).toBe(404);
  });

  it("answers 404 for unknown and malformed receipt tokens", async () => {
    for (const token of ["A".repeat(32), "short", "has%20space-and-more-characters"]) {
      const missing = await getJson<{ error: { code: string } }>(`${server.url}/api/receipts/${token}`);
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe("not_found");
    }
  });

  it("has no receipt for an order still waiting for its payment, and needs the order's token", async () => {
    const payFirst = await createTestShop(server, { paymentMode: "pay_first" });
    const placed = await placedOrder(server.url, payFirst, [
      { itemId: payFirst.item("Tea").id, quantity: 1 },
    ]);
    const refused = await receiptLink(placed.order.id, placed.orderToken);
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe("receipt_unavailable");
    const { order } = await paidOrder();
    expect((await receiptLink(order.id, placed.orderToken)).status).toBe(404);
    expect((await postJson(`${server.url}/api/orders/${order.id}/receipt`, undefined)).status).toBe(401);
    const rows = await server.db
      .selectFrom("receipts")
      .selectAll()
      .where("orderId", "in", [placed.order.id, order.id])
      .execute();
    expect(rows).toEqual([]);
  });
});

describe("what a receipt says about money", () => {
  const receiptOf = async (orderId: string, orderToken: string) => {
    const link = await receiptLink(orderId, orderToken);
    expect(link.status).toBe(200);
    const receipt = await getJson<Receipt>(`${server.url}/api/receipts/${link.body.receiptToken}`);
    expect(receipt.status).toBe(200);
    return receipt.body;
  };

  it("an order still to be paid at the counter: nothing paid, the whole bill owed", async () => {
    const { order, orderToken } = await placedOrder(server.url, shop, [
      { itemId: shop.item("Tea").id, quantity: 2 },
    ]);
    const receipt = await receiptOf(order.id, orderToken);
    expect(receipt).toMatchObject({
      status: "placed",
      subtotal: 3000,
      discount: 0,
      total: 3000,
      tip: 0,
      amountPaid: 0,
      amountRefunded: 0,
      amountDue: 3000,
      payment: { method: "counter", tender: null, status: "unpaid" },
    });
    const cancelled = await setStatus(server.url, cookie, order.id, "cancelled");
    expect(cancelled.status).toBe(200);
    expect(await receiptOf(order.id, orderToken)).toMatchObject({
      status: "cancelled",
      amountPaid: 0,
      amountRefunded: 0,
      amountDue: 0,
    });
  });

  it("a paid order: what was paid, tip included, and nothing owed", async () => {
    const { order, orderToken } = await placedOrder(server.url, shop, [
      { itemId: shop.item("Tea").id, quantity: 1 },
    ]);
    const paid = await postJson(
      `${server.url}/api/merchant/orders/${order.id}/paid`,
      { tender: "cash", tip: 200 },
      { Cookie: cookie },
    );
    expect(paid.status).toBe(200);
    expect(await receiptOf(order.id, orderToken)).toMatchObject({
      total: 1500,
      tip: 200,
      amountPaid: 1700,
      amountRefunded: 0,
      amountDue: 0,
      payment: { method: "counter", tender: "cash", status: "paid" },
    });
  });

  it("a refunded order: what was paid and what came back", async () => {
    const payFirst = await createTestShop(server, { paymentMode: "pay_first" });
    const owner = await login(server.url, payFirst.owner.email, payFirst.owner.password);
    const pending = await orderAwaitingPayment(server, payFirst);
    await pressSandbox(pending, "pay");
    await expect
      .poll(async () => (await readOrder(server, pending)).paymentStatus, { timeout: 10_000 })
      .toBe("paid");
    const cancelled = await setStatus(server.url, owner, pending.order.id, "cancelled");
    expect(cancelled.status).toBe(200);
    await expect
      .poll(async () => (await readOrder(server, pending)).paymentStatus, { timeout: 10_000 })
      .toBe("refunded");
    expect(await receiptOf(pending.order.id, pending.orderToken)).toMatchObject({
      status: "cancelled",
      total: pending.order.total,
      amountPaid: pending.order.total,
      amountRefunded: pending.order.total,
      amountDue: 0,
      payment: { method: "online", tender: null, status: "refunded" },
    });
  });
});

describe("emailing a receipt", () => {
  it("queues it through the outbox, sends it once, and forgets the address", async () => {
    const { order, orderToken } = await paidOrder();
    const before = email.sent.length;
    const queued = await emailReceipt(order.id, orderToken, { email: "diner@example.test" });
    expect(queued.status).toBe(202);
    await expect.poll(() => email.sent.length, { timeout: 8000, interval: 50 }).toBe(before + 1);
    const message = email.sent.at(-1);
    const link = await server.db
      .selectFrom("receipts")
      .select("token")
      .where("orderId", "=", order.id)
      .executeTakeFirstOrThrow();
    expect(message?.to).toBe("diner@example.test");
    expect(message?.subject).toBe(`Your receipt from Shop ${shop.slug}`);
    expect(message?.text).toContain(`${server.url}/r/${link.token}`);
    expect(message?.text).toContain("2 × Tea");
    expect(message?.text).not.toContain(orderToken);

    // The job went through the outbox, carrying only a request id; the address is gone once sent.
    const outbox = await server.db
      .selectFrom("outbox")
      .selectAll()
      .where("name", "=", "receipt.email")
      .execute();
    expect(outbox.map((row) => row.payload).join()).not.toContain("diner@example.test");
    await expect
      .poll(
        async () =>
          (await server.db.selectFrom("receiptEmails").selectAll().where("orderId", "=", order.id).execute())
            .length,
      )
      .toBe(0);
    await expect
      .poll(
        async () =>
          outbox.length > 0 &&
          (
            await server.db
              .selectFrom("outbox")
              .select("completedAt")
              .where("id", "=", outbox.at(-1)?.id ?? "")
              .executeTakeFirst()
          )?.completedAt !== null,
      )
      .toBe(true);

    // BullMQ may deliver a job again: a replay of the same job finds nothing left to send.
    const jobId = outbox.find((row) => JSON.parse(row.payload).requestId)?.id ?? "";
    const replay = await server.queues.notifications.add(
      "receipt.email",
      JSON.parse(outbox.find((r) => r.id === jobId)?.payload ?? "{}"),
      { jobId: `${jobId}-again` },
    );
    await expect.poll(() => replay.getState(), { timeout: 5000 }).toBe("completed");
    expect(email.sent.filter((m) => m.to === "diner@example.test")).toHaveLength(1);
  });

  it("refuses a bad address with 400 and queues nothing", async () => {
    const { order, orderToken } = await paidOrder();
    for (const body of [
      { email: "not an email" },
      { email: "" },
      { email: "a@b.test", cc: "c@d.test" },
      {},
    ]) {
      const refused = await emailReceipt(order.id, orderToken, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.error?.code).toBe("validation_failed");
    }
    const rows = await server.db
      .selectFrom("receiptEmails")
      .selectAll()
      .where("orderId", "=", order.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it("limits one order to three emails an hour (429)", async () => {
    const { order, orderToken } = await paidOrder();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await emailReceipt(order.id, orderToken, { email: `n${i}@example.test` })).status);
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
    await expect.poll(() => email.sent.filter((m) => /^n\d@/.test(m.to)).length, { timeout: 8000 }).toBe(3);
    expect(email.sent.some((m) => m.to === "n3@example.test")).toBe(false);
  });
});
