import { randomUUID } from "node:crypto";
import { Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import { login } from "../../support/api.js";
import {
  orderAwaitingPayment,
  type PendingPayment,
  postNotification,
  signedNotification,
} from "../../support/payments.js";
import { connected, connectMerchant } from "../../support/sockets.js";
import { type Dialect, REDIS_URL } from "../../support/test-server.js";
import { inBatches } from "../load/open-loop.js";
import { deploy } from "../product.js";
import { atLeast, type BenchSection, DIALECTS, knob, row } from "../section.js";

const PAYMENTS = knob("BENCH_PAYMENTS", 400);
/** Same concurrency as the product's workers, so the baseline differs only in what a job does. */
const WORKER_CONCURRENCY = 8;
/** Webhooks (and raw jobs) in flight at once, as a provider retrying a backlog would send them. */
const IN_FLIGHT = 32;

/**
 * Signed "payment succeeded" notifications → webhook → outbox → payment.confirm → paid order on the board,
 * for orders already waiting for payment. Paid orders per second, webhooks included.
 */
async function confirmationThroughput(dialect: Dialect): Promise<number> {
  const deployment = await deploy(dialect);
  try {
    // One process with both roles: split into an API node and a worker, the two share this machine's two
    // cores with the database, Redis and the load, and measured slower (SQLite writers also wait on its lock).
    await deployment.start("all");
    const [url] = deployment.urls as [string];
    const [shop] = await deployment.shops(1, { paymentMode: "pay_first" });
    if (!shop) throw new Error("no shop");
    const pending: PendingPayment[] = [];
    await inBatches(Array.from({ length: PAYMENTS }), 8, async () => {
      pending.push(await orderAwaitingPayment({ url }, shop));
    });
    const notes = pending.map((payment) =>
      signedNotification(payment, { id: `evt_${randomUUID()}`, amount: payment.order.total }),
    );
    // A paid order reaches the board as order:created: that is when the shop can act on it. Watching the
    // board rather than polling the database keeps the bench from loading the server it measures.
    const board = connectMerchant(url, await login(url, shop.owner.email, shop.owner.password));
    await connected(board);
    let placed = 0;
    const allPlaced = new Promise<void>((resolve, reject) => {
      board.on("order:created", () => {
        if (++placed === PAYMENTS) resolve();
      });
      setTimeout(() => reject(new Error(`only ${placed}/${PAYMENTS} reached the board`)), 120_000).unref();
    });
    const started = performance.now();
    await inBatches(notes, IN_FLIGHT, async (note) => {
      const response = await postNotification({ url }, note);
      if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
    });
    await allPlaced;
    const seconds = (performance.now() - started) / 1000;
    board.close();
    const { paid } = await deployment.db
      .selectFrom("payments")
      .select((eb) => eb.fn.countAll<number>().as("paid"))
      .where("status", "=", "paid")
      .executeTakeFirstOrThrow();
    if (Number(paid) !== PAYMENTS) throw new Error(`${paid} payments paid for ${PAYMENTS} notifications`);
    return PAYMENTS / seconds;
  } finally {
    await deployment.stop();
  }
}

/** The floor: BullMQ adding jobs one by one and a worker completing them, doing nothing else. */
async function rawBullmqThroughput(): Promise<number> {
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
      if (++done === PAYMENTS) finished();
    },
    { connection, prefix, concurrency: WORKER_CONCURRENCY },
  );
  await worker.waitUntilReady();
  const started = performance.now();
  await inBatches(
    Array.from({ length: PAYMENTS }, (_, i) => i),
    IN_FLIGHT,
    async (i) => {
      await queue.add("job", { i }, { jobId: randomUUID(), removeOnComplete: true });
    },
  );
  await allDone;
  const rate = PAYMENTS / ((performance.now() - started) / 1000);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
  return rate;
}

export const paymentsSection: BenchSection = {
  name: "payments",
  async run() {
    const raw = await rawBullmqThroughput();
    const rows = [];
    for (const dialect of DIALECTS) {
      rows.push(
        row({
          measure: `paid confirmations/s (${dialect})`,
          value: await confirmationThroughput(dialect),
          baseline: raw,
          unit: "/s",
          goal: atLeast(0.5),
          details: { payments: PAYMENTS },
        }),
      );
    }
    return rows;
  },
};
