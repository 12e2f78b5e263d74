import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestShop, type TestShop } from "../../support/fixtures.js";
import { expectAllPaidOnce, healthStatus, PaymentFlow } from "../../support/payment-flow.js";
import { PrivateRedis } from "../../support/private-redis.js";
import { ServerProcess } from "../../support/server-process.js";
import {
  createSharedDatabase,
  type SharedDatabase,
  startTestServer,
  TEST_SESSION_SECRET,
  type TestServer,
} from "../../support/test-server.js";

// A private redis-server per test, an API node (in this process, so it can re-dispatch lost jobs after
// 500 ms instead of 30 s) and a worker process, both on a database of their own.
interface Stack {
  redis: PrivateRedis;
  database: SharedDatabase;
  api: TestServer;
  worker: ServerProcess;
  shop: TestShop;
}
const stacks: Stack[] = [];

async function startStack(): Promise<Stack> {
  const redis = await PrivateRedis.start();
  const database = await createSharedDatabase();
  const api = await startTestServer({
    database,
    env: { ROLE: "api", REDIS_URL: redis.url },
    outboxRedispatchMs: 500,
  });
  const worker = await ServerProcess.start(
    {
      NODE_ENV: "test",
      ROLE: "worker",
      DATABASE_URL: database.url,
      DATA_DIR: api.config.dataDir,
      REDIS_URL: redis.url,
      REDIS_PREFIX: api.config.redisPrefix,
      SESSION_SECRET: TEST_SESSION_SECRET,
      PUBLIC_URL: api.url,
      SEED_DEMO: "0",
    },
    60_000,
  ); // a busy two-core machine may take a while to start a process
  const shop = await createTestShop(api, { paymentMode: "pay_first" });
  const stack = { redis, database, api, worker, shop };
  stacks.push(stack);
  return stack;
}

afterAll(async () => {
  for (const { worker, api, database, redis } of stacks) {
    await worker.kill("SIGKILL");
    await api.stop();
    await database.drop();
    await redis.down();
  }
});

describe("Redis restarted while orders and payments flow", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);

  it("pays every order exactly once, loses none, and the worker resumes on its own", async () => {
    const { redis, api, worker, shop } = stack;
    const flow = new PaymentFlow(api.url, shop);
    flow.start();
    await flow.progressed(2);

    await redis.down();
    await expect
      .poll(async () => (await healthStatus(api.url)).body.redis, { timeout: 10_000, interval: 100 })
      .toBe("down");
    // Orders, checkouts and notifications live in SQL: they keep committing while Redis is away.
    await flow.progressed(3);
    const health = await healthStatus(api.url);
    expect(health).toMatchObject({ status: 503, body: { db: "up", redis: "down" } });

    await redis.up(); // empty, as after a crash without persistence
    await flow.progressed(3);
    await flow.stop();
    await expect.poll(async () => (await healthStatus(api.url)).status, { timeout: 15_000 }).toBe(200);
    await expectAllPaidOnce(api.db, shop.shopId, flow);
    expect(worker.running, worker.output()).toBe(true);
  }, 60_000);
});

describe("FLUSHALL on Redis while orders and payments flow", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);

  it("re-dispatches the lost jobs from the outbox and pays every order exactly once", async () => {
    const { redis, api, worker, shop } = stack;
    const flow = new PaymentFlow(api.url, shop);
    flow.start();
    await flow.progressed(2);

    const admin = new Redis(redis.url);
    await admin.flushall();
    await flow.progressed(2);
    await admin.flushall();
    await admin.quit();
    expect((await healthStatus(api.url)).status).toBe(200);

    await flow.progressed(3);
    await flow.stop();
    await expectAllPaidOnce(api.db, shop.shopId, flow);
    expect(worker.running, worker.output()).toBe(true);
  }, 60_000);
});
