import { randomUUID } from "node:crypto";
import type { Order } from "@tabletap/shared";
import SQLite from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login } from "../../support/api.js";
import { createTestShop, type TestShop } from "../../support/fixtures.js";
import {
  orderAwaitingPayment,
  type PendingPayment,
  postNotification,
  readOrder,
  signedNotification,
} from "../../support/payments.js";
import type { ServerProcess } from "../../support/server-process.js";
import { connected, connectMerchant, record } from "../../support/sockets.js";
import {
  createSharedDatabase,
  type SharedDatabase,
  startTestServer,
  type TestServer,
} from "../../support/test-server.js";
import { startWorkerBeside } from "../../support/worker-process.js";

// Workers give a silent job up after 2 s here instead of 30 s, so the crash is recovered quickly.
const JOB_LOCK_TIMEOUT = "2";

let database: SharedDatabase;
let api: TestServer;
let shop: TestShop;
const workers: ServerProcess[] = [];

const startWorker = async () => {
  const worker = await startWorkerBeside(api, database.url, { JOB_LOCK_TIMEOUT });
  workers.push(worker);
  return worker;
};

beforeAll(async () => {
  database = await createSharedDatabase();
  // The API node takes orders and webhooks; only the worker processes below run jobs.
  api = await startTestServer({ database, env: { ROLE: "api", JOB_LOCK_TIMEOUT } });
  shop = await createTestShop(api, { paymentMode: "pay_first" });
});
afterAll(async () => {
  for (const worker of workers) await worker.kill("SIGKILL");
  await api?.stop();
  await database?.drop();
});

/**
 * Holds the write lock the confirmation needs, so a worker that picks the job up is stuck inside it
 * (PostgreSQL: the payment row; SQLite: the database's single writer lock).
 */
async function holdPaymentLock(payment: PendingPayment): Promise<{ release: () => Promise<void> }> {
  if (database.dialect === "sqlite") {
    const sqlite = new SQLite(database.url);
    sqlite.exec("BEGIN IMMEDIATE");
    return {
      release: async () => {
        sqlite.exec("ROLLBACK");
        sqlite.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query("begin");
  await client.query("select id from payments where order_id = $1 for update", [payment.order.id]);
  return {
    release: async () => {
      await client.query("rollback");
      await client.end();
    },
  };
}

/** True once some other session waits on a lock in this database (the worker, mid-transaction). */
async function someoneWaitsOnALock(): Promise<boolean> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
    );
    return rows[0].n > 0;
  } finally {
    await client.end();
  }
}

async function confirmJobId(payment: PendingPayment): Promise<string> {
  const event = await api.db
    .selectFrom("paymentEvents")
    .select("id")
    .where("providerRef", "=", payment.checkoutId)
    .executeTakeFirstOrThrow();
  const row = await api.db
    .selectFrom("outbox")
    .select("id")
    .where("name", "=", "payment.confirm")
    .where("payload", "=", JSON.stringify({ paymentEventId: event.id }))
    .executeTakeFirstOrThrow();
  return row.id;
}

const outboxRow = (id: string) =>
  api.db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

describe("a worker killed in the middle of a payment confirmation", () => {
  it("leaves the job to another worker, which pays the order exactly once", async () => {
    const cookie = await login(api.url, shop.owner.email, shop.owner.password);
    const board = connectMerchant(api.url, cookie);
    await connected(board);
    const created = record<Order>(board, "order:created");

    const payment = await orderAwaitingPayment(api, shop);
    const webhook = await postNotification(
      api,
      signedNotification(payment, { id: `evt_${randomUUID()}`, amount: 1500 }),
    );
    expect(webhook.status).toBe(200);
    const jobId = await confirmJobId(payment);
    await expect.poll(async () => (await outboxRow(jobId)).dispatchedAt, { timeout: 5000 }).not.toBeNull();

    // The first worker takes the job and is inside the confirmation when it dies. The queue waits while
    // the worker starts (seconds on a busy machine, longer than SQLite's busy timeout), so the job is taken
    // only once the lock is held and the worker is up: it then waits inside the confirmation.
    await api.queues.payments.pause();
    const first = await startWorker();
    const lock = await holdPaymentLock(payment);
    await api.queues.payments.resume();
    // Taken by the first worker (it sets processedOn on taking the job, which no one had before). Not polled
    // as the state "active": on SQLite this process's own API node blocks on the held lock as well, for up
    // to the busy timeout at a time, so it may look only after that attempt has given up.
    await expect
      .poll(async () => (await api.queues.payments.getJob(jobId))?.processedOn ?? null, { timeout: 15_000 })
      .not.toBeNull();
    if (database.dialect === "postgres") {
      await expect.poll(someoneWaitsOnALock, { timeout: 10_000, interval: 50 }).toBe(true);
    } else {
      await new Promise((resolve) => setTimeout(resolve, 500)); // SQLite cannot show who waits
    }
    await first.kill("SIGKILL");
    await lock.release();
    expect((await readOrder(api, payment)).paymentStatus).toBe("unpaid");

    const second = await startWorker();
    await expect
      .poll(async () => (await readOrder(api, payment)).paymentStatus, { timeout: 20_000, interval: 100 })
      .toBe("paid");

    const order = await readOrder(api, payment);
    expect(order.status).toBe("placed");
    const events = await api.db
      .selectFrom("paymentEvents")
      .select("outcome")
      .where("providerRef", "=", payment.checkoutId)
      .execute();
    expect(events).toEqual([{ outcome: "paid" }]);
    const payments = await api.db
      .selectFrom("payments")
      .select(["status", "amount"])
      .where("orderId", "=", payment.order.id)
      .execute();
    expect(payments).toEqual([{ status: "paid", amount: 1500 }]);
    await expect
      .poll(async () => (await api.queues.payments.getJob(jobId))?.getState(), { timeout: 5000 })
      .toBe("completed");
    expect((await outboxRow(jobId)).completedAt).not.toBeNull();
    // The board hears of the paid order once, from the worker that finished the job.
    await created.next((o) => o.id === payment.order.id, 5000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(created.events.filter((o) => o.id === payment.order.id)).toHaveLength(1);

    // The surviving worker goes on with new work on its own.
    const next = await orderAwaitingPayment(api, shop);
    await postNotification(api, signedNotification(next, { id: `evt_${randomUUID()}`, amount: 1500 }));
    await expect
      .poll(async () => (await readOrder(api, next)).paymentStatus, { timeout: 10_000, interval: 100 })
      .toBe("paid");
    board.close();
    await second.kill("SIGTERM");
  }, 60_000); // two worker processes start inside the test: seconds each on a busy two-core machine
});
