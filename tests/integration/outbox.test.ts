import { randomUUID } from "node:crypto";
import type { DinerNotification } from "@tabletap/shared";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, placeOrder, setStatus } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { connectDiner, connected, record } from "../support/sockets.js";
import { REDIS_URL, startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let cookie = "";
let redis: Redis;

beforeAll(async () => {
  server = await startTestServer({ outboxRedispatchMs: 300 });
  shop = await createTestShop(server);
  redis = new Redis(REDIS_URL);
});
afterAll(async () => {
  redis?.disconnect();
  await server?.stop();
});

/** What a Redis that lost its data looks like to this server: every key under its prefix gone. */
async function loseRedisData() {
  const keys = await redis.keys(`${server.config.redisPrefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
}

async function readyOrderWithDiner() {
  // Sessions live in Redis too, so sign in afresh after a test wiped it.
  cookie = await login(server.url, shop.owner.email, shop.owner.password);
  const placed = await placeOrder(server.url, {
    tableToken: shop.tableToken,
    lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
  });
  const diner = connectDiner(server.url, placed.body.orderToken);
  await connected(diner);
  const notes = record<DinerNotification>(diner, "notification:sent");
  for (const status of ["accepted", "preparing"])
    await setStatus(server.url, cookie, placed.body.order.id, status);
  return { order: placed.body.order, diner, notes };
}

describe("the outbox", () => {
  it("delivers a job whose copy in Redis was lost after dispatch", async () => {
    const { order, diner, notes } = await readyOrderWithDiner();
    // Hold the workers so the job is still waiting in Redis when Redis loses it.
    await server.queues.notifications.pause();
    await setStatus(server.url, cookie, order.id, "ready");
    await server.dispatcher.flush();
    const row = await server.db
      .selectFrom("outbox")
      .selectAll()
      .where("payload", "like", `%${order.id}%`)
      .executeTakeFirstOrThrow();
    expect(row.dispatchedAt).not.toBeNull();
    expect(row.completedAt).toBeNull();

    await loseRedisData(); // also drops the pause flag, as a wiped Redis would
    const note = await notes.next((n) => n.orderId === order.id, 8000);
    expect(note.kind).toBe("order_ready");
    await expect
      .poll(
        async () =>
          (
            await server.db
              .selectFrom("outbox")
              .select("completedAt")
              .where("id", "=", row.id)
              .executeTakeFirstOrThrow()
          ).completedAt,
      )
      .not.toBeNull();
    expect(notes.events).toHaveLength(1);
    diner.close();
  });

  it("keeps moving when a row cannot be dispatched (a queue this node does not know)", async () => {
    await server.db
      .insertInto("outbox")
      .values({
        id: randomUUID(),
        queue: "from-a-newer-node",
        name: "x",
        payload: "{}",
        delayMs: 0,
        createdAt: 0,
        dispatchedAt: null,
        completedAt: null,
      })
      .execute();
    const { order, diner, notes } = await readyOrderWithDiner();
    await setStatus(server.url, cookie, order.id, "ready");
    await notes.next((n) => n.orderId === order.id, 5000);
    diner.close();
  });

  it("sends the rest of a batch when one row in it cannot be sent (an unreadable payload)", async () => {
    const broken = randomUUID();
    await server.db
      .insertInto("outbox")
      .values({
        id: broken,
        queue: "notifications",
        name: "order.ready",
        payload: "{not json",
        delayMs: 0,
        createdAt: Date.now(),
        dispatchedAt: null,
        completedAt: null,
      })
      .execute();
    const { order, diner, notes } = await readyOrderWithDiner();
    await setStatus(server.url, cookie, order.id, "ready");
    await notes.next((n) => n.orderId === order.id, 5000);
    const row = await server.db
      .selectFrom("outbox")
      .select("dispatchedAt")
      .where("id", "=", broken)
      .executeTakeFirstOrThrow();
    expect(row.dispatchedAt).toBeNull();
    diner.close();
  });
});
