import type { Order } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { orderAwaitingPayment, type PendingPayment, pressSandbox, readOrder } from "../support/payments.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server, { paymentMode: "pay_first" });
});
afterAll(() => server?.stop());

const settled = (payment: PendingPayment, predicate: (order: Order) => boolean) =>
  expect
    .poll(async () => predicate(await readOrder(server, payment)), { timeout: 8000, interval: 50 })
    .toBe(true);

const books = async (payment: PendingPayment) => ({
  payment: await server.db
    .selectFrom("payments")
    .select("status")
    .where("orderId", "=", payment.order.id)
    .executeTakeFirstOrThrow(),
  checkout: await server.db
    .selectFrom("sandboxCheckouts")
    .select("status")
    .where("id", "=", payment.checkoutId)
    .executeTakeFirstOrThrow(),
  deliveries: await server.db
    .selectFrom("outbox")
    .select("payload")
    .where("name", "=", "sandbox.deliver")
    .where("payload", "like", `%${payment.checkoutId}%`)
    .execute(),
  events: await server.db
    .selectFrom("paymentEvents")
    .select("outcome")
    .where("providerRef", "=", payment.checkoutId)
    .execute(),
});

describe("the sandbox checkout page", () => {
  it("Cancel returns the diner to the shop with the checkout still open, and paying afterwards works", async () => {
    const payment = await orderAwaitingPayment(server, shop);
    const cancelled = await fetch(`${payment.checkoutUrl}/cancel`, { method: "POST", redirect: "manual" });
    expect(cancelled.status).toBe(303);
    expect(cancelled.headers.get("location")).toBe(`${server.url}/orders/${payment.order.id}`);

    // Backing out is not a failed payment: nothing is reported and nothing changes.
    expect(await books(payment)).toEqual({
      payment: { status: "pending" },
      checkout: { status: "open" },
      deliveries: [],
      events: [],
    });
    expect(await readOrder(server, payment)).toMatchObject({
      status: "pending_payment",
      paymentStatus: "unpaid",
    });

    // "Pay now" on the order page opens the same checkout, which still offers to pay.
    const again = await postJson<{ checkoutUrl: string }>(
      `${server.url}/api/orders/${payment.order.id}/checkout`,
      undefined,
      { Authorization: `Bearer ${payment.orderToken}` },
    );
    expect(again.status).toBe(201);
    expect(again.body.checkoutUrl).toBe(payment.checkoutUrl);
    const page = await (await fetch(payment.checkoutUrl)).text();
    expect(page).toContain("Pay ¥15.00</button>");

    await pressSandbox(payment, "pay");
    await settled(payment, (o) => o.status === "placed" && o.paymentStatus === "paid");
    const after = await books(payment);
    expect(after.payment.status).toBe("paid");
    expect(after.checkout.status).toBe("paid");
    expect(after.events.map((e) => e.outcome)).toEqual(["paid"]);
  });

  it("the fail knob on Pay still simulates a failed payment; the order keeps waiting for one", async () => {
    const payment = await orderAwaitingPayment(server, shop);
    await pressSandbox(payment, "pay", { fail: "1" });
    await expect
      .poll(async () => (await books(payment)).events.map((e) => e.outcome), { timeout: 8000 })
      .toEqual(["failed"]);
    expect(await books(payment)).toMatchObject({
      payment: { status: "failed" },
      checkout: { status: "failed" },
    });
    expect(await readOrder(server, payment)).toMatchObject({
      status: "pending_payment",
      paymentStatus: "unpaid",
    });
  });

  it("shows the amount in the shop's currency and locale", async () => {
    const euros = await createTestShop(server, {
      paymentMode: "pay_first",
      currency: "EUR",
      locale: "de-DE",
    });
    const payment = await orderAwaitingPayment(server, euros, 2);
    const page = await (await fetch(payment.checkoutUrl)).text();
    // German puts the euro sign after the amount, joined by a no-break space.
    expect(page).toContain('<div class="amount" data-testid="sandbox-amount">30,00\u00a0€</div>');
    expect(page).toContain("Pay 30,00\u00a0€</button>");

    const yuan = await (await fetch((await orderAwaitingPayment(server, shop, 2)).checkoutUrl)).text();
    // zh-CN writes its own currency as a bare ¥ (English would say CN¥).
    expect(yuan).toContain('data-testid="sandbox-amount">¥30.00</div>');
  });
});
