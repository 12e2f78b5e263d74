import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestShop, type TestShop } from "../../support/fixtures.js";
import { expectAllPaidOnce, healthStatus, PaymentFlow } from "../../support/payment-flow.js";
import { PrivatePostgres } from "../../support/private-postgres.js";
import { PrivateRedis } from "../../support/private-redis.js";
import { ServerProcess } from "../../support/server-process.js";
import { startTestServer, TEST_SESSION_SECRET, type TestServer } from "../../support/test-server.js";

// The machine's PostgreSQL is shared with other tests, so this one restarts a cluster of its own. It is
// about PostgreSQL itself, so it runs on PostgreSQL whichever dialect project runs it.
let postgres: PrivatePostgres;
let redis: PrivateRedis;
let api: TestServer;
let worker: ServerProcess;
let shop: TestShop;

beforeAll(async () => {
  postgres = await PrivatePostgres.start();
  redis = await PrivateRedis.start();
  api = await startTestServer({
    database: { dialect: "postgres", url: postgres.url, drop: async () => undefined },
    env: { ROLE: "api", REDIS_URL: redis.url },
    outboxRedispatchMs: 500,
  });
  worker = await ServerProcess.start(
    {
      NODE_ENV: "test",
      ROLE: "worker",
      DATABASE_URL: postgres.url,
      DATA_DIR: api.config.dataDir,
      REDIS_URL: redis.url,
      REDIS_PREFIX: api.config.redisPrefix,
      SESSION_SECRET: TEST_SESSION_SECRET,
      PUBLIC_URL: api.url,
      SEED_DEMO: "0",
    },
    60_000,
  ); // a busy two-core machine may take a while to start a process
  shop = await createTestShop(api, { paymentMode: "pay_first" });
}, 120_000);
afterAll(async () => {
  await worker?.kill("SIGKILL");
  await api?.stop();
  await redis?.down();
  await postgres?.destroy();
});

describe("PostgreSQL restarted while orders and payments flow", () => {
  it("answers through the outage, then pays every order exactly once and the worker resumes on its own", async () => {
    const flow = new PaymentFlow(api.url, shop);
    flow.start();
    await flow.progressed(2);

    await postgres.down();
    // The API keeps answering: health names the database as down, and orders are refused, not hung.
    await expect
      .poll(async () => (await healthStatus(api.url)).body.db, { timeout: 10_000, interval: 100 })
      .toBe("down");
    const failuresBefore = flow.failures.length;
    await expect
      .poll(() => flow.failures.length, { timeout: 10_000, interval: 100 })
      .toBeGreaterThanOrEqual(failuresBefore + 2);
    expect(flow.failures.every((status) => status >= 400)).toBe(true);
    expect(await healthStatus(api.url)).toMatchObject({ status: 503, body: { db: "down", redis: "up" } });

    await postgres.up();
    await expect.poll(async () => (await healthStatus(api.url)).status, { timeout: 15_000 }).toBe(200);
    await flow.progressed(3);
    await flow.stop();
    await expectAllPaidOnce(api.db, shop.shopId, flow);
    expect(worker.running, worker.output()).toBe(true);
  }, 60_000);
});
