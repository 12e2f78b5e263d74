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
import { addLine, cartCall, connectTable } from "../../support/table-cart.js";
import { startTestServer, type TestServer } from "../../support/test-server.js";

let redis: PrivateRedis;
let server: TestServer;
let shop: TestShop;

beforeAll(async () => {
  redis = await PrivateRedis.start();
  server = await startTestServer({
    env: { REDIS_URL: redis.url, CART_LIMIT_PER_TABLE: "6" },
    outboxRedispatchMs: 500,
  });
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

describe("Redis stops while phones change a table's cart", () => {
  it("still limits cart events per table code, counting in memory", async () => {
    await redis.down();
    const [first, second] = shop.tables.filter((t) => t.kind === "table" && t.token !== shop.tableToken);
    if (!first || !second) throw new Error("the test shop has three tables");
    const ana = connectTable(server.url, first.token);
    const ben = connectTable(server.url, first.token);
    const chen = connectTable(server.url, second.token);
    try {
      await Promise.all([ana, ben, chen].map(connected));
      const tea = { itemId: shop.item("Tea").id, nickname: "Ana" };
      // Six events a minute for the table, whichever phone sends them.
      for (const phone of [ana, ben, ana]) {
        expect(await addLine(phone, tea)).toMatchObject({ ok: true });
        expect(await cartCall(phone, "cart:sync")).toMatchObject({ ok: true });
      }
      for (const refused of [await addLine(ben, tea), await cartCall(ana, "cart:sync")]) {
        expect(refused).toMatchObject({ ok: false, error: { code: "rate_limited" } });
      }
      const lines = await server.db
        .selectFrom("tableCartLines")
        .select("id")
        .where("tableId", "=", first.id)
        .execute();
      expect(lines).toHaveLength(3);
      // The count is the table's, not the node's: another table carries on.
      expect(await addLine(chen, tea)).toMatchObject({ ok: true });
    } finally {
      for (const phone of [ana, ben, chen]) phone.disconnect();
      await redis.up();
    }
  });
});
