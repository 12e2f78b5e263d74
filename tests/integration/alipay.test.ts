import { randomBytes } from "node:crypto";
import { createAlipayProvider } from "@tabletap/server/features/payments/alipay/alipay.provider";
import type { Order } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appSignatureValid,
  type FakeAlipay,
  notificationBody,
  rsaKeyPair,
  startFakeAlipay,
} from "../support/alipay-fake.js";
import { getJson, login, placeOrder, postJson, setStatus } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

const APP_ID = "2021000000000042";
const SELLER_ID = "2088000000000042";
// Generated here, so nothing secret lives in the repository: one pair is the app's, the other plays Alipay.
const appKeys = rsaKeyPair();
const alipayKeys = rsaKeyPair();

let gateway: FakeAlipay;
let server: TestServer;
let shop: TestShop;
let cookie: string;

beforeAll(async () => {
  gateway = await startFakeAlipay({
    alipayPrivateKey: alipayKeys.privateKey,
    appPublicKey: appKeys.publicKey,
  });
  server = await startTestServer({
    env: {
      ALIPAY_APP_ID: APP_ID,
      ALIPAY_PRIVATE_KEY: appKeys.privateKey,
      ALIPAY_PUBLIC_KEY: alipayKeys.publicKey,
      ALIPAY_SELLER_ID: SELLER_ID,
      ALIPAY_GATEWAY: gateway.url,
    },
  });
  shop = await createTestShop(server, {
    paymentMode: "pay_first",
    paymentProvider: "alipay",
    currency: "CNY",
  });
  cookie = await login(server.url, shop.owner.email, shop.owner.password);
});
afterAll(async () => {
  await server?.stop();
  await gateway?.close();
});

interface AlipayCheckout {
  order: Order;
  orderToken: string;
  paymentId: string;
  checkoutUrl: string;
}

/** A pay-first order for one tea (15.00 yuan) with its Alipay checkout opened, as the diner page does. */
async function openCheckout(): Promise<AlipayCheckout> {
  const placed = await placeOrder(server.url, {
    tableToken: shop.tableToken,
    lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
  });
  expect(placed.status).toBe(201);
  const checkout = await postJson<{ checkoutUrl: string; paymentId: string }>(
    `${server.url}/api/orders/${placed.body.order.id}/checkout`,
    undefined,
    { Authorization: `Bearer ${placed.body.orderToken}` },
  );
  expect(checkout.status).toBe(201);
  return { ...placed.body, ...checkout.body };
}

/** The fields of a TRADE_SUCCESS notification for the checkout, as Alipay sends them. */
const tradeFields = (checkout: AlipayCheckout, overrides: Record<string, string> = {}) => ({
  notify_time: "2025-01-02 12:00:05",
  notify_type: "trade_status_sync",
  notify_id: `2025010200222120005${randomBytes(8).toString("hex")}`,
  charset: "utf-8",
  version: "1.0",
  app_id: APP_ID,
  auth_app_id: APP_ID,
  seller_id: SELLER_ID,
  buyer_id: "2088102177846875",
  out_trade_no: checkout.paymentId,
  trade_no: `2025010222001446870${randomBytes(4).toString("hex")}`,
  trade_status: "TRADE_SUCCESS",
  total_amount: "15.00",
  receipt_amount: "15.00",
  gmt_create: "2025-01-02 12:00:00",
  gmt_payment: "2025-01-02 12:00:04",
  // Spaces, "+", "%", "&" and Chinese: the characters that break a signature check decoding twice.
  subject: "Tea & 小笼包 + 50% off",
  ...overrides,
});

const postNotification = (body: string) =>
  fetch(`${server.url}/api/webhooks/alipay`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded; charset=utf-8" },
    body,
  });

const signed = (fields: Record<string, string>) => notificationBody(fields, alipayKeys.privateKey);

async function readOrder(checkout: AlipayCheckout): Promise<Order> {
  const res = await getJson<{ order: Order }>(`${server.url}/api/orders/${checkout.order.id}`, {
    Authorization: `Bearer ${checkout.orderToken}`,
  });
  return res.body.order;
}

const settled = (checkout: AlipayCheckout, predicate: (order: Order) => boolean) =>
  expect.poll(async () => predicate(await readOrder(checkout)), { timeout: 8000, interval: 50 }).toBe(true);

const storedEvents = (checkout: AlipayCheckout) =>
  server.db
    .selectFrom("paymentEvents")
    .selectAll()
    .where("provider", "=", "alipay")
    .where("providerRef", "=", checkout.paymentId)
    .execute();

async function expectAcknowledged(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
  expect(await response.text()).toBe("success");
}

async function expectRefusedAndNothingStored(response: Response, checkout: AlipayCheckout) {
  expect(response.status).toBe(400);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalid_signature");
  expect(await storedEvents(checkout)).toEqual([]);
  expect(await readOrder(checkout)).toMatchObject({ status: "pending_payment", paymentStatus: "unpaid" });
}

describe("Alipay checkout", () => {
  it("returns a signed alipay.trade.wap.pay URL on the configured gateway for the payment", async () => {
    const checkout = await openCheckout();
    const url = new URL(checkout.checkoutUrl);
    expect(`${url.origin}${url.pathname}`).toBe(gateway.url);
    const fields = Object.fromEntries(url.searchParams);
    expect(fields).toMatchObject({
      method: "alipay.trade.wap.pay",
      app_id: APP_ID,
      sign_type: "RSA2",
      charset: "utf-8",
      notify_url: `${server.url}/api/webhooks/alipay`,
      return_url: `${server.url}/orders/${checkout.order.id}`,
    });
    expect(JSON.parse(fields.biz_content ?? "{}")).toMatchObject({
      out_trade_no: checkout.paymentId,
      total_amount: "15.00",
      product_code: "QUICK_WAP_WAY",
      subject: shop.menu.shop.name,
    });
    // Stamped in Beijing time, though this suite runs in São Paulo time.
    const stamped = Date.parse(`${fields.timestamp?.replace(" ", "T")}+08:00`);
    expect(Math.abs(stamped - Date.now())).toBeLessThan(60_000);
    // Alipay accepts the URL only if it is signed with the app's key.
    expect(appSignatureValid(fields, appKeys.publicKey)).toBe(true);
    const payment = await server.db
      .selectFrom("payments")
      .selectAll()
      .where("id", "=", checkout.paymentId)
      .executeTakeFirstOrThrow();
    expect(payment).toMatchObject({ provider: "alipay", providerRef: checkout.paymentId, amount: 1500 });
  });
});

describe("Alipay asynchronous notifications", () => {
  it("answers a signed TRADE_SUCCESS with a plain `success` and places the paid order", async () => {
    const checkout = await openCheckout();
    await expectAcknowledged(await postNotification(signed(tradeFields(checkout))));
    await settled(checkout, (o) => o.status === "placed" && o.paymentStatus === "paid");
    expect((await storedEvents(checkout)).map((e) => [e.outcome, e.amount, e.currency])).toEqual([
      ["paid", 1500, "CNY"],
    ]);
  });

  it("counts TRADE_FINISHED as paid too", async () => {
    const checkout = await openCheckout();
    await expectAcknowledged(
      await postNotification(signed(tradeFields(checkout, { trade_status: "TRADE_FINISHED" }))),
    );
    await settled(checkout, (o) => o.paymentStatus === "paid");
  });

  it("ten concurrent copies of one notification: all acknowledged, paid once, one event", async () => {
    const checkout = await openCheckout();
    const body = signed(tradeFields(checkout));
    const answers = await Promise.all(Array.from({ length: 10 }, () => postNotification(body)));
    for (const answer of answers) await expectAcknowledged(answer);
    await settled(checkout, (o) => o.status === "placed" && o.paymentStatus === "paid");
    const events = await storedEvents(checkout);
    expect(events).toHaveLength(1);
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
      .where("orderId", "=", checkout.order.id)
      .execute();
    expect(changes.map((c) => c.toStatus)).toEqual(["pending_payment", "placed"]);
  });

  it.each([
    ["signed with another key", (c: AlipayCheckout) => notificationBody(tradeFields(c), appKeys.privateKey)],
    [
      "changed after signing",
      (c: AlipayCheckout) =>
        signed(tradeFields(c, { total_amount: "1.00" })).replace("total_amount=1.00", "total_amount=15.00"),
    ],
    ["without a signature", (c: AlipayCheckout) => new URLSearchParams(tradeFields(c)).toString()],
    [
      "downgraded to sign_type RSA",
      (c: AlipayCheckout) => signed(tradeFields(c)).replace("sign_type=RSA2", "sign_type=RSA"),
    ],
    [
      "with an unknown sign_type",
      (c: AlipayCheckout) => signed(tradeFields(c)).replace("sign_type=RSA2", "sign_type=XX"),
    ],
    ["that is JSON, not a form", (c: AlipayCheckout) => JSON.stringify(tradeFields(c))],
  ])("refuses a notification %s with 400 and stores nothing", async (_name, make) => {
    const checkout = await openCheckout();
    await expectRefusedAndNothingStored(await postNotification(make(checkout)), checkout);
  });

  it.each([
    ["app_id", { app_id: "2021000000009999" }],
    ["seller_id", { seller_id: "2088000000009999" }],
  ])("refuses a genuinely signed notification for another %s", async (_name, wrong) => {
    const checkout = await openCheckout();
    await expectRefusedAndNothingStored(
      await postNotification(signed(tradeFields(checkout, wrong))),
      checkout,
    );
  });

  it("acknowledges WAIT_BUYER_PAY but stores nothing and leaves the order waiting", async () => {
    const checkout = await openCheckout();
    await expectAcknowledged(
      await postNotification(signed(tradeFields(checkout, { trade_status: "WAIT_BUYER_PAY" }))),
    );
    expect(await storedEvents(checkout)).toEqual([]);
    expect(await readOrder(checkout)).toMatchObject({ status: "pending_payment", paymentStatus: "unpaid" });
  });

  it("records TRADE_CLOSED as a failed payment without placing the order", async () => {
    const checkout = await openCheckout();
    await expectAcknowledged(
      await postNotification(signed(tradeFields(checkout, { trade_status: "TRADE_CLOSED" }))),
    );
    await expect.poll(async () => (await storedEvents(checkout)).map((e) => e.outcome)).toEqual(["failed"]);
    expect(await readOrder(checkout)).toMatchObject({ status: "pending_payment" });
  });

  it("leaves the order unpaid when the notified total_amount is wrong", async () => {
    const checkout = await openCheckout();
    await expectAcknowledged(
      await postNotification(signed(tradeFields(checkout, { total_amount: "14.99" }))),
    );
    await expect
      .poll(async () => (await storedEvents(checkout)).map((e) => [e.outcome, e.amount]))
      .toEqual([["amount_mismatch", 1499]]);
    expect(await readOrder(checkout)).toMatchObject({ status: "pending_payment", paymentStatus: "unpaid" });
  });
});

describe("Alipay gateway calls", () => {
  it("refunds a cancelled paid order once, keyed refund-<payment id>, and shrugs off the refund notice", async () => {
    const checkout = await openCheckout();
    await postNotification(signed(tradeFields(checkout)));
    await settled(checkout, (o) => o.paymentStatus === "paid");
    const cancelled = await setStatus(server.url, cookie, checkout.order.id, "cancelled");
    expect(cancelled.body.order).toMatchObject({ status: "cancelled", paymentStatus: "refund_pending" });
    await settled(checkout, (o) => o.paymentStatus === "refunded");
    const refunds = gateway.calls.filter(
      (c) => c.method === "alipay.trade.refund" && c.biz.out_trade_no === checkout.paymentId,
    );
    expect(refunds.map((c) => c.biz)).toEqual([
      {
        out_trade_no: checkout.paymentId,
        refund_amount: "15.00",
        out_request_no: `refund-${checkout.paymentId}`,
      },
    ]);
    // Alipay then notifies the full refund as TRADE_CLOSED; it is not a failed payment.
    const notice = tradeFields(checkout, {
      trade_status: "TRADE_CLOSED",
      refund_fee: "15.00",
      gmt_refund: "2025-01-02 12:30:00.123",
    });
    await expectAcknowledged(await postNotification(signed(notice)));
    expect((await storedEvents(checkout)).map((e) => e.outcome)).toEqual(["paid"]);
    expect(await readOrder(checkout)).toMatchObject({ status: "cancelled", paymentStatus: "refunded" });
  });

  it("asks alipay.trade.query for a payment's status and trusts only answers signed by Alipay", async () => {
    const checkout = await openCheckout();
    const config = server.config.alipay;
    if (!config) throw new Error("Alipay is not configured");
    const provider = createAlipayProvider({ config, db: server.db, clock: Date.now, publicUrl: server.url });

    // No trade at Alipay yet: still pending, for the amount we asked.
    expect(await provider.fetchStatus(checkout.paymentId)).toEqual({
      status: "pending",
      amount: 1500,
      currency: "CNY",
    });
    gateway.trades.set(checkout.paymentId, { trade_status: "TRADE_SUCCESS", total_amount: "15.00" });
    expect(await provider.fetchStatus(checkout.paymentId)).toEqual({
      status: "paid",
      amount: 1500,
      currency: "CNY",
    });
    gateway.trades.set(checkout.paymentId, { trade_status: "TRADE_CLOSED", total_amount: "15.00" });
    expect((await provider.fetchStatus(checkout.paymentId)).status).toBe("failed");

    gateway.responseKey = appKeys.privateKey;
    try {
      await expect(provider.fetchStatus(checkout.paymentId)).rejects.toThrow();
    } finally {
      gateway.responseKey = alipayKeys.privateKey;
    }
  });
});
