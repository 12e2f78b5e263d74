import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeOrder, postJson } from "../../support/api.js";
import { createTestShop, type TestShop } from "../../support/fixtures.js";
import {
  type PendingPayment,
  postNotification,
  readOrder,
  signedNotification,
} from "../../support/payments.js";
import { PrivateRedis } from "../../support/private-redis.js";
import { connected } from "../../support/sockets.js";
import { addLine, connectTable } from "../../support/table-cart.js";
import { startTestServer, type TestServer } from "../../support/test-server.js";

let redis: PrivateRedis;
let server: TestServer;
let shop: TestShop;

beforeAll(async () => {
  redis = await PrivateRedis.start();
  server = await startTestServer({ env: { REDIS_URL: redis.url }, outboxRedispatchMs: 500 });
  shop = await createTestShop(server, { paymentMode: "pay_first" });
});
afterAll(async () => {
  await server?.stop();
  await redis?.down();
});

describe("Redis stops while orders and payments commit", () => {
  it("keeps taking orders and notifications, and the outbox delivers once Redis is back", async () => {
    await redis.down();

    // Everything a diner and the provider do still commits: orders and payments live in SQL.
    const placed = await placeOrder(server.url, {
      tableToken: shop.tableToken,
      lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
    });
    expect(placed.status).toBe(201);
    // The shared cart too: its rate limit counts in memory while Redis is away instead of failing the change.
    const phone = connectTable(server.url, shop.tableToken);
    await connected(phone);
    expect(await addLine(phone, { itemId: shop.item("Tea").id, nickname: "Ana" })).toMatchObject({
      ok: true,
    });
    phone.disconnect();
    const checkout = await postJson<{ checkoutUrl: string }>(
      `${server.url}/api/orders/${placed.body.order.id}/checkout`,
      undefined,
      {
        Authorization: `Bearer ${placed.body.orderToken}`,
      },
    );
    expect(checkout.status).toBe(201);
    const payment: PendingPayment = {
      ...placed.body,
      checkoutUrl: checkout.body.checkoutUrl,
      checkoutId: checkout.body.checkoutUrl.split("/").pop() ?? "",
    };
    const webhook = await postNotification(
      server,
      signedNotification(payment, { id: `evt_${randomUUID()}`, amount: 1500 }),
    );
    expect(webhook.status).toBe(200);
    const waiting = await server.db
      .selectFrom("outbox")
      .selectAll()
      .where("completedAt", "is", null)
      .execute();
    expect(waiting.map((row) => row.name).sort()).toEqual(["order.expire", "payment.confirm"]);
    expect((await readOrder(server, payment)).paymentStatus).toBe("unpaid");

    await redis.up(); // empty, as after a crash without persistence
    await expect
      .poll(async () => (await readOrder(server, payment)).paymentStatus, { timeout: 15_000, interval: 100 })
      .toBe("paid");
    const events = await server.db
      .selectFrom("paymentEvents")
      .selectAll()
      .where("providerRef", "=", payment.checkoutId)
      .execute();
    expect(events.map((e) => e.outcome)).toEqual(["paid"]);
  });
});
