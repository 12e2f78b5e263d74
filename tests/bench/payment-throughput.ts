import { randomUUID } from "node:crypto";
import { Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import { createTestShop } from "../support/fixtures.js";
import {
  orderAwaitingPayment,
  type PendingPayment,
  postNotification,
  signedNotification,
} from "../support/payments.js";
import { type Dialect, REDIS_URL, startTestServer } from "../support/test-server.js";

/** Same concurrency as the product's workers, so the baseline differs only in what a job does. */
const WORKER_CONCURRENCY = 8;
const IN_FLIGHT = 32;

/**
 * Signed "payment succeeded" notifications → webhook → outbox → payment.confirm → paid order, for
 * `count` orders already waiting for payment. Returns paid orders per second, webhooks included.
 */
export async function confirmationThroughput(dialect: Dialect, count: number): Promise<number> {
  const server = await startTestServer({ dialect });
  try {
    const shop = await createTestShop(server, { paymentMode: "pay_first" });
    const pending: PendingPayment[] = [];
    for (let i = 0; i < count; i++) pending.push(await orderAwaitingPayment(server, shop));
    const notes = pending.map((payment) =>
      signedNotification(payment, { id: `evt_${randomUUID()}`, amount: payment.order.total }),
    );

    const started = performance.now();
    await inBatches(notes, IN_FLIGHT, async (note) => {
      const response = await postNotification(server, note);
      if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
    });
    for (;;) {
      const { paid } = await server.db
        .selectFrom("payments")
        .select((eb) => eb.fn.countAll<number>().as("paid"))
        .where("status", "=", "paid")
        .executeTakeFirstOrThrow();
      if (Number(paid) >= count) break;
      if (performance.now() - started > 120_000) throw new Error(`only ${paid}/${count} paid`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return count / ((performance.now() - started) / 1000);
  } finally {
    await server.stop();
  }
}

/** The floor: BullMQ adding `count` jobs one by one and a worker completing them, doing nothing else. */
export async function rawBullmqThroughput(count: number): Promise<number> {
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const prefix = `bench.${randomUUID()}`;
  const queue = new Queue("raw", { connection, prefix });
  let done = 0;
  let finished: () => void = () => {};
  const allDone = new Promise<void>((resolve) => {
    finished = resolve;
  });
  const worker = new Worker(
    "raw",
    async () => {
      if (++done === count) finished();
    },
    { connection, prefix, concurrency: WORKER_CONCURRENCY },
  );
  await worker.waitUntilReady();
  const started = performance.now();
  await inBatches(
    Array.from({ length: count }, (_, i) => i),
    IN_FLIGHT,
    async (i) => {
      await queue.add("job", { i }, { jobId: randomUUID(), removeOnComplete: true });
    },
  );
  await allDone;
  const rate = count / ((performance.now() - started) / 1000);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
  return rate;
}

/** Runs `work` over items with at most `limit` in flight. */
async function inBatches<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
