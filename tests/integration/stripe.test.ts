import { randomUUID } from "node:crypto";
import { createStripeProvider } from "@tabletap/server/features/payments/stripe/stripe.provider";
import type { Order } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, placeOrder, postJson, setStatus } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { type PendingPayment, readOrder } from "../support/payments.js";
import { type FakeStripeApi, signedStripeEvent, startFakeStripeApi } from "../support/stripe-api.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

const SECRET_KEY = "sk_test_x";
const WEBHOOK_SECRET = "whsec_test";
const TEA = 1500;

let api: FakeStripeApi;
let server: TestServer;
let shop: TestShop;
let cookie: string;

beforeAll(async () => {
  api = await startFakeStripeApi();
  server = await startTestServer({
    env: { STRIPE_SECRET_KEY: SECRET_KEY, STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_URL: api.url },
  });
  shop = await createTestShop(server, { paymentMode: "pay_first", paymentProvider: "stripe" });
  cookie = await login(server.url, shop.owner.email, shop.owner.password);
});
afterAll(async () => {
  await server?.stop();
  await api?.close();
});

interface StripePayment extends PendingPayment {
  paymentId: string;
}

const openCheckout = (order: { id: string }, orderToken: string) =>
  postJson<{ checkoutUrl: string; paymentId: string }>(
    `${server.url}/api/orders/${order.id}/checkout`,
    undefined,
    { Authorization: `Bearer ${orderToken}` },
  );

/** A pay-first order in the Stripe shop with its Checkout Session opened, as the diner page does it. */
async function orderAwaitingStripe(quantity = 1): Promise<StripePayment> {
  const placed = await placeOrder(server.url, {
    tableToken: shop.tableToken,
    lines: [{ itemId: shop.item("Tea").id, quantity }],
  });
  expect(placed.status).toBe(201);
  const checkout = await openCheckout(placed.body.order, placed.body.orderToken);
  expect(checkout.status).toBe(201);
  const session = [...api.sessions.values()].find((s) => s.url === checkout.body.checkoutUrl);
  if (!session) throw new Error("the checkout url is not one the fake Stripe API handed out");
  return { ...placed.body, ...checkout.body, checkoutId: session.id };
}

const createCalls = (paymentId: string) =>
  api.calls.filter(
    (c) =>
      c.method === "POST" &&
      c.path === "/v1/checkout/sessions" &&
      c.params.get("client_reference_id") === paymentId,
  );

const postWebhook = (note: { body: string; signature: string }) =>
  fetch(`${server.url}/api/webhooks/stripe`, {
    method: "POST",
    headers: { "Content-Type": "application/json; charset=utf-8", "Stripe-Signature": note.signature },
    body: note.body,
  });

/** Stripe's `checkout.session.completed` for a session the fake API has marked paid. */
const completed = (payment: StripePayment, overrides: object = {}, at?: number) =>
  signedStripeEvent({
    secret: WEBHOOK_SECRET,
    type: "checkout.session.completed",
    object: { ...api.pay(payment.checkoutId), ...overrides },
    ...(at === undefined ? {} : { at }),
  });

const storedEvents = (payment: StripePayment) =>
  server.db
    .selectFrom("paymentEvents")
    .selectAll()
    .where("provider", "=", "stripe")
    .where("providerRef", "=", payment.checkoutId)
    .execute();

const settled = (payment: StripePayment, predicate: (order: Order) => boolean) =>
  expect
    .poll(async () => predicate(await readOrder(server, payment)), { timeout: 8000, interval: 50 })
    .toBe(true);

describe("Stripe Checkout sessions", () => {
  it("opens one session per order, keyed by the stored payment id, and reuses it on the next tap", async () => {
    const payment = await orderAwaitingStripe(2);
    const session = api.sessions.get(payment.checkoutId);
    expect(payment.checkoutUrl).toBe(session?.url);

    const [create, ...more] = createCalls(payment.paymentId);
    expect(more).toEqual([]);
    expect(create?.idempotencyKey).toBe(`checkout-${payment.paymentId}`);
    expect(create?.authorization).toBe(`Bearer ${SECRET_KEY}`);
    expect(Object.fromEntries(create?.params ?? [])).toMatchObject({
      mode: "payment",
      "line_items[0][price_data][currency]": "cny",
      "line_items[0][price_data][unit_amount]": String(2 * TEA),
      "line_items[0][price_data][product_data][name]": shop.menu.shop.name,
      "line_items[0][quantity]": "1",
      success_url: `${server.url}/orders/${payment.order.id}`,
      cancel_url: `${server.url}/orders/${payment.order.id}`,
      client_reference_id: payment.paymentId,
      "metadata[paymentId]": payment.paymentId,
    });

    const again = await openCheckout(payment.order, payment.orderToken);
    expect(again.body).toEqual({ checkoutUrl: payment.checkoutUrl, paymentId: payment.paymentId });
    expect(createCalls(payment.paymentId)).toHaveLength(1);
    const rows = await server.db
      .selectFrom("payments")
      .selectAll()
      .where("orderId", "=", payment.order.id)
      .execute();
    expect(rows.map((p) => [p.provider, p.providerRef, p.amount, p.currency])).toEqual([
      ["stripe", payment.checkoutId, 2 * TEA, "CNY"],
    ]);
  });

  it("two taps at once still make one session: the idempotency key returns the first", async () => {
    const placed = await placeOrder(server.url, {
      tableToken: shop.tableToken,
      lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
    });
    const taps = await Promise.all([1, 2].map(() => openCheckout(placed.body.order, placed.body.orderToken)));
    const [first, second] = taps.map((t) => t.body);
    expect(second?.checkoutUrl).toBe(first?.checkoutUrl);
    const paymentId = first?.paymentId ?? "";
    expect(new Set(createCalls(paymentId).map((c) => c.idempotencyKey))).toEqual(
      new Set([`checkout-${paymentId}`]),
    );
    expect([...api.sessions.values()].filter((s) => s.client_reference_id === paymentId)).toHaveLength(1);
  });

  it("reads a session's status from Stripe (for reconciliation)", async () => {
    const payment = await orderAwaitingStripe();
    const provider = createStripeProvider({
      config: { secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET, apiUrl: api.url },
      db: server.db,
      clock: Date.now,
    });
    expect(await provider.fetchStatus(payment.checkoutId)).toEqual({
      status: "pending",
      amount: TEA,
      currency: "CNY",
    });
    api.pay(payment.checkoutId);
    expect((await provider.fetchStatus(payment.checkoutId)).status).toBe("paid");
    const other = await orderAwaitingStripe();
    Object.assign(api.sessions.get(other.checkoutId) ?? {}, { status: "expired" });
    expect((await provider.fetchStatus(other.checkoutId)).status).toBe("failed");
  });
});

describe("Stripe webhooks", () => {
  it("a signed checkout.session.completed places the order as paid", async () => {
    const payment = await orderAwaitingStripe();
    const res = await postWebhook(completed(payment));
    expect(res.status).toBe(200);
    await settled(payment, (o) => o.status === "placed" && o.paymentStatus === "paid");
    expect((await storedEvents(payment)).map((e) => [e.type, e.amount, e.currency, e.outcome])).toEqual([
      ["payment.succeeded", TEA, "CNY", "paid"],
    ]);
  });

  it("ten concurrent copies of one event: all acknowledged, paid once, one stored event", async () => {
    const payment = await orderAwaitingStripe();
    const note = completed(payment);
    const answers = await Promise.all(Array.from({ length: 10 }, () => postWebhook(note)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    await settled(payment, (o) => o.status === "placed" && o.paymentStatus === "paid");
    const events = await storedEvents(payment);
    expect(events.map((e) => e.outcome)).toEqual(["paid"]);
    const confirms = await server.db
      .selectFrom("outbox")
      .select("id")
      .where("name", "=", "payment.confirm")
      .where("payload", "=", JSON.stringify({ paymentEventId: events[0]?.id }))
      .execute();
    expect(confirms).toHaveLength(1);
    const changes = await server.db
      .selectFrom("orderStatusChanges")
      .select("toStatus")
      .where("orderId", "=", payment.order.id)
      .execute();
    expect(changes.map((c) => c.toStatus)).toEqual(["pending_payment", "placed"]);
  });

  it.each([
    [
      "a signature made with another secret",
      (p: StripePayment) =>
        signedStripeEvent({
          secret: "whsec_other",
          type: "checkout.session.completed",
          object: api.pay(p.checkoutId),
        }),
    ],
    ["a garbage signature", (p: StripePayment) => ({ ...completed(p), signature: "t=1,v1=00" })],
    ["no signature", (p: StripePayment) => ({ ...completed(p), signature: "" })],
    ["a timestamp older than five minutes", (p: StripePayment) => completed(p, {}, Date.now() - 6 * 60_000)],
    [
      "a body changed after signing",
      (p: StripePayment) => {
        const note = completed(p, { amount_total: 1 });
        return { ...note, body: note.body.replace('"amount_total":1,', `"amount_total":${TEA},`) };
      },
    ],
  ])("refuses %s with 400 invalid_signature and stores nothing", async (_name, make) => {
    const payment = await orderAwaitingStripe();
    const note = make(payment);
    const res = await postWebhook(note);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_signature");
    expect(await storedEvents(payment)).toEqual([]);
    expect(await readOrder(server, payment)).toMatchObject({
      status: "pending_payment",
      paymentStatus: "unpaid",
    });
  });

  it.each([
    ["amount", { amount_total: TEA - 1 }],
    ["currency", { currency: "usd" }],
  ])("leaves the order unpaid when the paid %s is wrong", async (_name, wrong) => {
    const payment = await orderAwaitingStripe();
    expect((await postWebhook(completed(payment, wrong))).status).toBe(200);
    await expect
      .poll(async () => (await storedEvents(payment)).map((e) => e.outcome))
      .toEqual(["amount_mismatch"]);
    expect(await readOrder(server, payment)).toMatchObject({
      status: "pending_payment",
      paymentStatus: "unpaid",
    });
  });

  it.each([
    ["an event type that settles nothing", "payment_intent.created", {}],
    [
      "a completed session still unpaid (delayed payment method)",
      "checkout.session.completed",
      { payment_status: "unpaid" },
    ],
  ])("acknowledges %s with 200 and stores nothing", async (_name, type, overrides) => {
    const payment = await orderAwaitingStripe();
    const session = { ...api.sessions.get(payment.checkoutId), ...overrides };
    const res = await postWebhook(signedStripeEvent({ secret: WEBHOOK_SECRET, type, object: session }));
    expect(res.status).toBe(200);
    expect(await storedEvents(payment)).toEqual([]);
    expect(await readOrder(server, payment)).toMatchObject({
      status: "pending_payment",
      paymentStatus: "unpaid",
    });
  });

  it("a delayed payment that later succeeds pays; an expired session's event never downgrades it", async () => {
    const payment = await orderAwaitingStripe();
    const paid = api.pay(payment.checkoutId);
    const event = (type: string, object: object) =>
      postWebhook(signedStripeEvent({ secret: WEBHOOK_SECRET, type, object, id: `evt_${randomUUID()}` }));
    expect((await event("checkout.session.async_payment_succeeded", paid)).status).toBe(200);
    await settled(payment, (o) => o.paymentStatus === "paid");
    expect((await event("checkout.session.expired", { ...paid, status: "expired" })).status).toBe(200);
    await expect
      .poll(async () => (await storedEvents(payment)).map((e) => e.outcome).sort())
      .toEqual(["ignored_paid", "paid"]);
    expect(await readOrder(server, payment)).toMatchObject({ status: "placed", paymentStatus: "paid" });
  });
});

describe("Stripe refunds", () => {
  it("cancelling a paid order refunds the session's PaymentIntent once", async () => {
    const payment = await orderAwaitingStripe();
    await postWebhook(completed(payment));
    await settled(payment, (o) => o.paymentStatus === "paid");

    const cancelled = await setStatus(server.url, cookie, payment.order.id, "cancelled");
    expect(cancelled.body.order).toMatchObject({ status: "cancelled", paymentStatus: "refund_pending" });
    await settled(payment, (o) => o.paymentStatus === "refunded");
    expect(await readOrder(server, payment)).toMatchObject({
      status: "cancelled",
      paymentStatus: "refunded",
    });

    const paymentIntent = api.sessions.get(payment.checkoutId)?.payment_intent;
    const refunds = api.calls.filter(
      (c) => c.path === "/v1/refunds" && c.params.get("payment_intent") === paymentIntent,
    );
    expect(refunds.map((c) => c.idempotencyKey)).toEqual([`refund-${payment.checkoutId}`]);
  });
});
