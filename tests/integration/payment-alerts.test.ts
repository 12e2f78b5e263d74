import { randomUUID } from "node:crypto";
import type { Order, PaymentAlert } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, setStatus } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import {
  orderAwaitingPayment,
  type PendingPayment,
  postNotification,
  pressSandbox,
  readOrder,
  signedNotification,
} from "../support/payments.js";
import { connected, connectMerchant, type MerchantSocket, record } from "../support/sockets.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let other: TestShop;
let cookie: string;
let otherCookie: string;
const boards: MerchantSocket[] = [];

beforeAll(async () => {
  // A short payment timeout so a payment can come too late.
  server = await startTestServer({ env: { PAYMENT_TIMEOUT: "2" } });
  [shop, other] = await Promise.all([
    createTestShop(server, { paymentMode: "pay_first" }),
    createTestShop(server, { paymentMode: "pay_first" }),
  ]);
  cookie = await login(server.url, shop.owner.email, shop.owner.password);
  otherCookie = await login(server.url, other.owner.email, other.owner.password);
});
afterAll(async () => {
  for (const board of boards) board.close();
  await server?.stop();
});

const TEA = 1500;

async function boardAlerts(staffCookie: string) {
  const board = connectMerchant(server.url, staffCookie);
  boards.push(board);
  await connected(board);
  return record<PaymentAlert>(board, "payment:alert");
}

const settled = (payment: PendingPayment, predicate: (order: Order) => boolean) =>
  expect
    .poll(async () => predicate(await readOrder(server, payment)), { timeout: 8000, interval: 50 })
    .toBe(true);

describe("payment alerts", () => {
  it("a wrong amount reaches the shop's own staff, with the order, its total and what was reported", async () => {
    const alerts = await boardAlerts(cookie);
    const otherAlerts = await boardAlerts(otherCookie);
    const payment = await orderAwaitingPayment(server, shop);
    const wrong = signedNotification(payment, { id: `evt_${randomUUID()}`, amount: TEA - 1 });
    expect((await postNotification(server, wrong)).status).toBe(200);

    const alert = await alerts.next((a) => a.orderId === payment.order.id, 8000);
    expect(alert).toEqual({
      orderId: payment.order.id,
      pickupNumber: payment.order.pickupNumber,
      tableLabel: "T1",
      reason: "amount_mismatch",
      amount: TEA,
      currency: "CNY",
      reported: { amount: TEA - 1, currency: "CNY" },
      at: expect.any(String),
      message: `The payment provider reported ¥14.99 for order #${payment.order.pickupNumber} (T1), which comes to ¥15.00. The order stays unpaid and has not gone to the kitchen. Check this payment with the provider.`,
    });
    expect(Math.abs(Date.parse(alert.at) - Date.now())).toBeLessThan(10_000);

    // The other shop's own alert arrives after the first one, so anything misrouted would be here by now.
    const theirs = await orderAwaitingPayment(server, other);
    const wrongCurrency = signedNotification(theirs, {
      id: `evt_${randomUUID()}`,
      amount: TEA,
      currency: "USD",
    });
    await postNotification(server, wrongCurrency);
    const their = await otherAlerts.next((a) => a.orderId === theirs.order.id, 8000);
    expect(their).toMatchObject({ reason: "amount_mismatch", reported: { amount: TEA, currency: "USD" } });
    expect(otherAlerts.events.map((a) => a.orderId)).toEqual([theirs.order.id]);
    expect(alerts.events.map((a) => a.orderId)).toEqual([payment.order.id]);
    expect(await readOrder(server, payment)).toMatchObject({
      status: "pending_payment",
      paymentStatus: "unpaid",
    });
  });

  it("a payment that comes after the order expired is refunded, and staff are told", async () => {
    const alerts = await boardAlerts(cookie);
    const payment = await orderAwaitingPayment(server, shop);
    await settled(payment, (o) => o.status === "expired");
    await pressSandbox(payment, "pay");
    const alert = await alerts.next((a) => a.orderId === payment.order.id, 8000);
    expect(alert).toMatchObject({ reason: "late_payment_refunded", amount: TEA, currency: "CNY" });
    expect(alert.reported).toBeUndefined();
    expect(alert.message).toContain("The ¥15.00 is being refunded to the diner automatically.");
    await settled(payment, (o) => o.paymentStatus === "refunded" && o.status === "expired");
    expect(alerts.events.filter((a) => a.orderId === payment.order.id)).toHaveLength(1);
  });

  it("a refund the provider refuses is reported when its last try fails, and stays owed", async () => {
    const alerts = await boardAlerts(cookie);
    const payment = await orderAwaitingPayment(server, shop);
    // A success the sandbox's own books never saw (nobody pressed Pay), so it has nothing to give back.
    await postNotification(server, signedNotification(payment, { id: `evt_${randomUUID()}`, amount: TEA }));
    await settled(payment, (o) => o.paymentStatus === "paid");
    const cancelled = await setStatus(server.url, cookie, payment.order.id, "cancelled");
    expect(cancelled.body.order).toMatchObject({ status: "cancelled", paymentStatus: "refund_pending" });

    // The queued refund backs off for minutes between tries; play its last try now.
    const { id: paymentId } = await server.db
      .selectFrom("payments")
      .select("id")
      .where("orderId", "=", payment.order.id)
      .executeTakeFirstOrThrow();
    const lastTry = await server.queues.payments.add("payment.refund", { paymentId }, { attempts: 1 });
    const alert = await alerts.next((a) => a.orderId === payment.order.id, 8000);
    expect(alert).toMatchObject({
      reason: "refund_failed",
      amount: TEA,
      pickupNumber: payment.order.pickupNumber,
    });
    expect(alert.message).toContain("Refund it by hand with the payment provider.");
    await expect.poll(() => lastTry.getState(), { timeout: 5000 }).toBe("failed");
    // The earlier tries of the queued refund failed too, but were not the last: one alert only.
    expect(alerts.events.filter((a) => a.orderId === payment.order.id)).toHaveLength(1);
    expect(await readOrder(server, payment)).toMatchObject({
      status: "cancelled",
      paymentStatus: "refund_pending",
    });
  });
});
