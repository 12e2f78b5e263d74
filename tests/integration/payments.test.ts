import { createHmac, randomUUID } from "node:crypto";
import type { Order, PaymentAlert, TableCart } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, placeOrder, postJson, setStatus } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import {
  orderAwaitingPayment,
  type PendingPayment,
  postNotification,
  pressSandbox,
  readOrder,
  signedNotification,
} from "../support/payments.js";
import { connected, connectMerchant, record } from "../support/sockets.js";
import { addLine, cartCall, connectTable, orderLines } from "../support/table-cart.js";
import { startTestServer, TEST_SESSION_SECRET, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let cookie: string;

beforeAll(async () => {
  // A short payment timeout so expiry can be watched happen.
  server = await startTestServer({ env: { PAYMENT_TIMEOUT: "2" } });
  shop = await createTestShop(server, { paymentMode: "pay_first" });
  cookie = await login(server.url, shop.owner.email, shop.owner.password);
});
afterAll(() => server?.stop());

const TEA = 1500;
const settled = (payment: PendingPayment, predicate: (order: Order) => boolean) =>
  expect
    .poll(async () => predicate(await readOrder(server, payment)), { timeout: 8000, interval: 50 })
    .toBe(true);

async function countRows(payment: PendingPayment) {
  const events = await server.db
    .selectFrom("paymentEvents")
    .selectAll()
    .where("providerRef", "=", payment.checkoutId)
    .execute();
  const confirms = await server.db
    .selectFrom("outbox")
    .select("id")
    .where("name", "=", "payment.confirm")
    .where("payload", "in", events.map((e) => JSON.stringify({ paymentEventId: e.id })).concat(["-"]))
    .execute();
  const payments = await server.db
    .selectFrom("payments")
    .selectAll()
    .where("orderId", "=", payment.order.id)
    .execute();
  return { events, confirms: confirms.length, payments };
}

describe("pay first through the sandbox provider", () => {
  it("keeps an unpaid order off the board, then places it once the signed notification is confirmed", async () => {
    const board = connectMerchant(server.url, cookie);
    await connected(board);
    const created = record<Order>(board, "order:created");
    const payment = await orderAwaitingPayment(server, shop, 2);

    const page = await fetch(payment.checkoutUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(shop.menu.shop.name);
    expect(html).toContain("30.00");

    expect(payment.order.placedAt).toBeNull();
    // The diner takes a moment at the checkout; the kitchen's clock starts at the payment, not before.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await pressSandbox(payment, "pay");
    const placed = await created.next((o) => o.id === payment.order.id, 8000);
    expect(placed).toMatchObject({
      status: "placed",
      paymentStatus: "paid",
      paymentMethod: "online",
      total: 2 * TEA,
    });
    const placedChange = await server.db
      .selectFrom("orderStatusChanges")
      .select("at")
      .where("orderId", "=", payment.order.id)
      .where("toStatus", "=", "placed")
      .executeTakeFirstOrThrow();
    expect(placed.placedAt).toBe(new Date(Number(placedChange.at)).toISOString());
    expect(Date.parse(placed.placedAt ?? "") - Date.parse(placed.createdAt)).toBeGreaterThanOrEqual(100);
    expect(created.events.filter((o) => o.id === payment.order.id)).toHaveLength(1);
    const { events, payments } = await countRows(payment);
    expect(events.map((e) => e.outcome)).toEqual(["paid"]);
    expect(payments.map((p) => [p.status, p.amount])).toEqual([["paid", 2 * TEA]]);
    board.close();
  });

  it("settles duplicated deliveries once", async () => {
    const payment = await orderAwaitingPayment(server, shop);
    await pressSandbox(payment, "pay", { duplicates: "3" });
    await settled(payment, (o) => o.paymentStatus === "paid");
    // Wait until all four deliveries were answered, then count.
    await expect
      .poll(async () => (await server.queues.sandbox.getJobCounts("completed")).completed, { timeout: 8000 })
      .toBeGreaterThanOrEqual(4);
    const { events, confirms, payments } = await countRows(payment);
    expect(events).toHaveLength(1);
    expect(confirms).toBe(1);
    expect(payments).toHaveLength(1);
    const changes = await server.db
      .selectFrom("orderStatusChanges")
      .select("toStatus")
      .where("orderId", "=", payment.order.id)
      .execute();
    expect(changes.map((c) => c.toStatus)).toEqual(["pending_payment", "placed"]);
  });

  it("ten concurrent copies of one notification: all acknowledged, paid once, one confirm job", async () => {
    const payment = await orderAwaitingPayment(server, shop);
    const note = signedNotification(payment, { id: `evt_${randomUUID()}`, amount: TEA });
    const answers = await Promise.all(Array.from({ length: 10 }, () => postNotification(server, note)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    await settled(payment, (o) => o.status === "placed" && o.paymentStatus === "paid");
    const { events, confirms } = await countRows(payment);
    expect(events).toHaveLength(1);
    expect(confirms).toBe(1);
  });

  it("a notification signed from the documented contract alone is stored once and pays", async () => {
    // Built only from the README/OpenAPI contract: key = hex HMAC-SHA256(SESSION_SECRET, "sandbox-webhook").
    const key = createHmac("sha256", TEST_SESSION_SECRET).update("sandbox-webhook").digest("hex");
    const payment = await orderAwaitingPayment(server, shop);
    const body = JSON.stringify({
      id: `evt_${randomUUID()}`,
      type: "payment.succeeded",
      data: { reference: payment.checkoutId, amount: TEA, currency: "CNY" },
    });
    const t = Math.floor(Date.now() / 1000);
    const v1 = createHmac("sha256", key).update(`${t}.${body}`).digest("hex");
    const note = { body, signature: `t=${t},v1=${v1}` };
    const first = await postNotification(server, note);
    expect({ status: first.status, body: await first.json() }).toEqual({
      status: 200,
      body: { received: true, duplicate: false },
    });
    const again = await postNotification(server, note);
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    await settled(payment, (o) => o.status === "placed" && o.paymentStatus === "paid");
    const doc = await fetch(`${server.url}/api/openapi.json`).then((r) => r.json());
    expect(Object.keys(doc.components.schemas)).toContain("SandboxNotification");
    expect(JSON.stringify(doc.paths["/api/webhooks/{provider}"])).toContain("Sandbox-Signature");
  });

  it("a failed notification after the success never downgrades the paid order", async () => {
    const payment = await orderAwaitingPayment(server, shop);
    await postNotification(server, signedNotification(payment, { id: `evt_${randomUUID()}`, amount: TEA }));
    await settled(payment, (o) => o.paymentStatus === "paid");
    const failed = await postNotification(
      server,
      signedNotification(payment, { id: `evt_${randomUUID()}`, type: "payment.failed", amount: TEA }),
    );
    expect(failed.status).toBe(200);
    await expect
      .poll(async () => (await countRows(payment)).events.map((e) => e.outcome).sort(), { timeout: 5000 })
      .toEqual(["ignored_paid", "paid"]);
    expect(await readOrder(server, payment)).toMatchObject({ status: "placed", paymentStatus: "paid" });
  });

  it("a success delivered after a stale failure (out of order) still pays", async () => {
    const payment = await orderAwaitingPayment(server, shop);
    await pressSandbox(payment, "pay", { out_of_order: "1" });
    await settled(payment, (o) => o.paymentStatus === "paid" && o.status === "placed");
  });

  it.each([
    [
      "a forged signature",
      (p: PendingPayment) => ({
        ...signedNotification(p, { id: "evt_forged", amount: TEA }),
        signature: "t=1,v1=00",
      }),
    ],
    [
      "a timestamp older than five minutes",
      (p: PendingPayment) =>
        signedNotification(p, { id: "evt_old", amount: TEA, at: Date.now() - 6 * 60_000 }),
    ],
    [
      "a body changed after signing",
      (p: PendingPayment) => {
        const note = signedNotification(p, { id: "evt_changed", amount: 1 });
        return { ...note, body: note.body.replace('"amount":1', `"amount":${TEA}`) };
      },
    ],
  ])("refuses %s with 400 and writes nothing", async (_name, make) => {
    const payment = await orderAwaitingPayment(server, shop);
    const res = await postNotification(server, make(payment));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_signature");
    expect((await countRows(payment)).events).toEqual([]);
    expect(await readOrder(server, payment)).toMatchObject({
      status: "pending_payment",
      paymentStatus: "unpaid",
    });
  });

  it.each([
    ["amount", { amount: TEA - 1 }],
    ["currency", { amount: TEA, currency: "USD" }],
  ])("leaves the order unpaid when the notified %s is wrong", async (_name, wrong) => {
    const board = connectMerchant(server.url, cookie);
    await connected(board);
    const alerts = record<PaymentAlert>(board, "payment:alert");
    const payment = await orderAwaitingPayment(server, shop);
    await postNotification(server, signedNotification(payment, { id: `evt_${randomUUID()}`, ...wrong }));
    const alert = await alerts.next((a) => a.orderId === payment.order.id, 8000);
    expect(alert).toMatchObject({ reason: "amount_mismatch", pickupNumber: payment.order.pickupNumber });
    board.close();
    await expect
      .poll(async () => (await countRows(payment)).events.map((e) => e.outcome))
      .toEqual(["amount_mismatch"]);
    expect(await readOrder(server, payment)).toMatchObject({
      status: "pending_payment",
      paymentStatus: "unpaid",
    });
  });
});

describe("expiry, late payment and refunds", () => {
  it("expires an unpaid order after the timeout, and refunds a success that comes later", async () => {
    const payment = await orderAwaitingPayment(server, shop);
    await settled(payment, (o) => o.status === "expired");
    await pressSandbox(payment, "pay");
    await settled(payment, (o) => o.paymentStatus === "refunded");
    expect((await readOrder(server, payment)).status).toBe("expired");
    const { events } = await countRows(payment);
    expect(events.map((e) => e.outcome)).toEqual(["refunded_late"]);
    const checkout = await server.db
      .selectFrom("sandboxCheckouts")
      .selectAll()
      .where("id", "=", payment.checkoutId)
      .executeTakeFirstOrThrow();
    expect(checkout.refunded).toBe(1);
  });

  it("gives a table's shared cart back when its pay-first order expires unpaid", async () => {
    const table = shop.tables.find((t) => t.label === "T3");
    if (!table) throw new Error("no table T3");
    const [ana, ben] = [connectTable(server.url, table.token), connectTable(server.url, table.token)];
    await Promise.all([connected(ana), connected(ben)]);
    try {
      await addLine(ana, { itemId: shop.item("Tea").id, nickname: "Ana", quantity: 2 });
      const added = await addLine(ben, {
        itemId: shop.item("Latte").id,
        nickname: "Ben",
        optionIds: [shop.option("Latte", "Large"), shop.option("Latte", "Oat milk")],
        note: "hot",
      });
      if (!added.ok) throw new Error(added.error.message);
      const cart = added.data;
      const heard = record<TableCart>(ben, "cart:updated");
      const placed = await placeOrder(server.url, {
        tableToken: table.token,
        lines: orderLines(cart),
        sharedCart: { version: cart.version, nickname: "Ana" },
      });
      expect(placed.status).toBe(201);
      expect(placed.body.order.status).toBe("pending_payment");
      expect((await heard.next((c) => c.lines.length === 0)).lastSubmission?.by).toBe("Ana");

      // Nobody pays: the order expires and both lines come back, in order, as Ana's, with no "placed" notice.
      const back = await heard.next((c) => c.lines.length > 0, 8000);
      expect(
        back.lines.map((l) => [l.itemId, l.quantity, [...l.optionIds].sort(), l.note, l.addedBy]),
      ).toEqual(cart.lines.map((l) => [l.itemId, l.quantity, [...l.optionIds].sort(), l.note, "Ana"]));
      expect(back.lastSubmission).toBeNull();
      const order = await server.db
        .selectFrom("orders")
        .select("status")
        .where("id", "=", placed.body.order.id)
        .executeTakeFirstOrThrow();
      expect(order.status).toBe("expired");
      // The restored cart can be ordered again at its new version.
      const synced = await cartCall(ana, "cart:sync");
      expect(synced).toMatchObject({ ok: true, data: { version: back.version } });
    } finally {
      ana.disconnect();
      ben.disconnect();
    }
  });

  it("cancelling a paid order refunds it", async () => {
    const payment = await orderAwaitingPayment(server, shop);
    await pressSandbox(payment, "pay");
    await settled(payment, (o) => o.paymentStatus === "paid");
    const cancelled = await setStatus(server.url, cookie, payment.order.id, "cancelled");
    expect(cancelled.body.order).toMatchObject({ status: "cancelled", paymentStatus: "refund_pending" });
    await settled(payment, (o) => o.paymentStatus === "refunded");
    const checkout = await server.db
      .selectFrom("sandboxCheckouts")
      .selectAll()
      .where("id", "=", payment.checkoutId)
      .executeTakeFirstOrThrow();
    expect(checkout.refunded).toBe(1);
  });

  it("never takes a shop's payments through another provider than its own", async () => {
    // This deployment has no Stripe keys: a shop set to Stripe must not fall back to the sandbox, where no money moves.
    const stripeShop = await createTestShop(server, { paymentMode: "pay_first", paymentProvider: "stripe" });
    const placed = await placeOrder(server.url, {
      tableToken: stripeShop.tableToken,
      lines: [{ itemId: stripeShop.item("Tea").id, quantity: 1 }],
    });
    expect(placed.status).toBe(201);
    const checkout = await postJson<{ error: { code: string } }>(
      `${server.url}/api/orders/${placed.body.order.id}/checkout`,
      undefined,
      { Authorization: `Bearer ${placed.body.orderToken}` },
    );
    expect(checkout.status).toBe(503);
    expect(checkout.body.error.code).toBe("payment_provider_unavailable");
    const rows = await server.db
      .selectFrom("payments")
      .select("id")
      .where("orderId", "=", placed.body.order.id)
      .execute();
    expect(rows).toHaveLength(0);
  });

  it("refuses a counter order in a pay-first shop and a checkout for a paid order", async () => {
    const counter = await postJson<{ error: { code: string } }>(
      `${server.url}/api/orders`,
      {
        tableToken: shop.tableToken,
        payment: "counter",
        lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
      },
      { "Idempotency-Key": randomUUID() },
    );
    expect(counter.status).toBe(422);
    expect(counter.body.error.code).toBe("payment_method_unavailable");

    const payment = await orderAwaitingPayment(server, shop);
    await pressSandbox(payment, "pay");
    await settled(payment, (o) => o.paymentStatus === "paid");
    const again = await postJson(`${server.url}/api/orders/${payment.order.id}/checkout`, undefined, {
      Authorization: `Bearer ${payment.orderToken}`,
    });
    expect(again.status).toBe(409);
  });
});

describe("pay at the counter", () => {
  it("staff record a cash payment once", async () => {
    const counterShop = await createTestShop(server);
    const staff = await login(server.url, counterShop.owner.email, counterShop.owner.password);
    const placed = await postJson<{ order: Order }>(
      `${server.url}/api/orders`,
      { tableToken: counterShop.tableToken, lines: [{ itemId: counterShop.item("Tea").id, quantity: 1 }] },
      { "Idempotency-Key": randomUUID() },
    );
    expect(placed.body.order).toMatchObject({
      status: "placed",
      paymentMethod: "counter",
      paymentStatus: "unpaid",
    });
    const url = `${server.url}/api/merchant/orders/${placed.body.order.id}/paid`;
    const taps = await Promise.all([
      postJson(url, { tender: "cash" }, { Cookie: staff }),
      postJson(url, { tender: "cash" }, { Cookie: staff }),
    ]);
    expect(taps.map((t) => t.status).sort()).toEqual([200, 409]);
    const payments = await server.db
      .selectFrom("payments")
      .selectAll()
      .where("orderId", "=", placed.body.order.id)
      .execute();
    expect(payments.map((p) => [p.provider, p.tender, p.status, p.amount])).toEqual([
      ["counter", "cash", "paid", TEA],
    ]);
    const otherShop = await postJson(url, { tender: "card" }, { Cookie: cookie });
    expect(otherShop.status).toBe(404);
  });
});

describe("reconciliation", () => {
  it("asks the provider about a payment whose notification never came, and pays the order once", async () => {
    const other = await startTestServer({ env: { PAYMENT_TIMEOUT: "600", PAYMENT_RECONCILE_AFTER: "1" } });
    try {
      const payFirst = await createTestShop(other, { paymentMode: "pay_first" });
      const payment = await orderAwaitingPayment(other, payFirst);
      // The provider took the money, but its notification was lost on the way.
      await other.db
        .updateTable("sandboxCheckouts")
        .set({ status: "paid" })
        .where("id", "=", payment.checkoutId)
        .execute();
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await other.queues.payments.add("payment.reconcile", {});
      await other.queues.payments.add("payment.reconcile", {});
      await expect
        .poll(async () => (await readOrder(other, payment)).paymentStatus, { timeout: 8000, interval: 50 })
        .toBe("paid");
      const events = await other.db
        .selectFrom("paymentEvents")
        .selectAll()
        .where("providerRef", "=", payment.checkoutId)
        .execute();
      expect(events.map((e) => [e.eventId.startsWith("reconcile:"), e.outcome])).toEqual([[true, "paid"]]);
      const scheduled = await other.queues.payments.getJobSchedulers();
      expect(scheduled.map((s) => s.key)).toContain("payment.reconcile");
    } finally {
      await other.stop();
    }
  });
});
