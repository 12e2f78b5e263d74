import { randomUUID } from "node:crypto";
import { Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import {
  orderAwaitingPayment,
  type PendingPayment,
  postNotification,
  signedNotification,
} from "../../support/payments.js";
import { type Dialect, REDIS_URL } from "../../support/test-server.js";
import { inBatches } from "../load/open-loop.js";
import { deploy } from "../product.js";
import { atLeast, type BenchSection, knob, row } from "../section.js";

const PAYMENTS = knob("BENCH_PAYMENTS", 400);
/** Same concurrency as the product's workers, so the baseline differs only in what a job does. */
const WORKER_CONCURRENCY = 8;
/** Webhooks (and raw jobs) in flight at once, as a provider retrying a backlog would send them. */
const IN_FLIGHT = 32;

/**
 * Signed "payment succeeded" notifications → webhook → outbox → payment.confirm → paid order, for
 * orders already waiting for payment. Paid orders per second, webhooks included.
 */
async function confirmationThroughput(dialect: Dialect): Promise<number> {
  const deployment = await deploy(dialect);
  try {
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
    const started = performance.now();
    await inBatches(notes, IN_FLIGHT, async (note) => {
      const response = await postNotification({ url }, note);
      if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
    });
    for (;;) {
      const { paid } = await deployment.db
        .selectFrom("payments")
        .select((eb) => eb.fn.countAll<number>().as("paid"))
        .where("status", "=", "paid")
        .executeTakeFirstOrThrow();
      if (Number(paid) >= PAYMENTS) break;
      if (performance.now() - started > 120_000) throw new Error(`only ${paid}/${PAYMENTS} paid`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return PAYMENTS / ((performance.now() - started) / 1000);
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
    for (const dialect of ["sqlite", "postgres"] as const) {
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
