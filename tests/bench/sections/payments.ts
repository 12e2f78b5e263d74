import { randomUUID } from "node:crypto";
import { signPayload } from "@tabletap/server/features/payments/signing";
import { io } from "socket.io-client";
import { login } from "../../support/api.js";
import {
  orderAwaitingPayment,
  type PendingPayment,
  postNotification,
  signedNotification,
} from "../../support/payments.js";
import { connected, connectMerchant } from "../../support/sockets.js";
import { createSharedDatabase, type Dialect } from "../../support/test-server.js";
import { startBaseline } from "../baselines/raw-process.js";
import { BoardWatch } from "../boards.js";
import { inBatches } from "../load/open-loop.js";
import { backendsOf } from "../postgres.js";
import { deploy } from "../product.js";
import { startRedis } from "../redis.js";
import { atMost, type BenchSection, DIALECTS, knob, row } from "../section.js";
import type { OrderTarget } from "../targets.js";
import { CONCURRENCY, interleaved, ROUNDS } from "./orders.js";

const PAYMENTS = knob("BENCH_PAYMENTS", 400);
const FLOOR_SECRET = "floor-webhook-secret";

/**
 * Signed "payment succeeded" notifications → webhook → outbox → payment.confirm → paid order on the board as
 * `order:created`, for pay-first orders already waiting for payment (made before anything is measured).
 */
async function confirmations(dialect: Dialect) {
  const redis = await startRedis();
  const deployment = await deploy(dialect, redis.url);
  const stops: (() => Promise<unknown>)[] = [async () => deployment.stop(), redis.stop];
  try {
    // One process with both roles, as a small shop's deployment runs.
    const server = await deployment.start("all");
    const [url] = deployment.urls as [string];
    const [shop] = await deployment.shops(1, { paymentMode: "pay_first" });
    if (!shop) throw new Error("no shop");
    const pending: PendingPayment[] = [];
    await inBatches(Array.from({ length: PAYMENTS * ROUNDS }), 8, async () => {
      pending.push(await orderAwaitingPayment({ url }, shop));
    });
    const board = connectMerchant(url, await login(url, shop.owner.email, shop.owner.password));
    await connected(board);
    const product: OrderTarget = {
      name: "product",
      watch: new BoardWatch([board]),
      sources: [
        { part: deployment.partOf(server), pids: () => (server.pid ? [server.pid] : []) },
        { part: "redis", pids: () => [redis.pid] },
        ...(dialect === "postgres" ? [backendsOf(deployment.databaseUrl)] : []),
      ],
      async place(i) {
        const payment = pending[i] as PendingPayment;
        const note = signedNotification(payment, { id: `evt_${randomUUID()}`, amount: payment.order.total });
        const response = await postNotification({ url }, note);
        await response.arrayBuffer();
        return response.status === 200 ? payment.order.id : undefined;
      },
    };
    const floor = await paymentFloor(dialect, PAYMENTS * ROUNDS);
    stops.unshift(floor.stop);
    const { rounds, medianOf } = await interleaved([product, floor.target], PAYMENTS);
    board.close();
    const { paid } = await deployment.db
      .selectFrom("payments")
      .select((eb) => eb.fn.countAll<number>().as("paid"))
      .where("status", "=", "paid")
      .executeTakeFirstOrThrow();
    if (Number(paid) !== PAYMENTS * ROUNDS) throw new Error(`${paid} payments paid of ${PAYMENTS * ROUNDS}`);
    return row({
      measure: `CPU per paid confirmation, all processes (${dialect})`,
      value: medianOf("product"),
      baseline: medianOf("floor"),
      unit: "ms CPU/payment",
      goal: atMost(3),
      details: { rounds, payments: PAYMENTS, concurrency: CONCURRENCY },
    });
  } finally {
    for (const stop of stops) await stop();
  }
}

/** Floor (c) in its own process, with a Redis and a database of its own, and its board. */
async function paymentFloor(dialect: Dialect, count: number) {
  const redis = await startRedis();
  const database = await createSharedDatabase(dialect);
  const floor = await startBaseline("floor-payments.ts", [
    dialect,
    database.url,
    redis.url,
    String(count),
    FLOOR_SECRET,
  ]);
  const board = io(floor.url, { transports: ["websocket"], auth: { shop: "pay" }, forceNew: true });
  await connected(board);
  const target: OrderTarget = {
    name: "floor",
    watch: new BoardWatch([board]),
    sources: [
      { part: "floor", pids: () => [floor.pid] },
      { part: "redis", pids: () => [redis.pid] },
      ...(dialect === "postgres" ? [backendsOf(database.url)] : []),
    ],
    async place(i) {
      const body = JSON.stringify({ orderId: `p${i}` });
      const response = await fetch(`${floor.url}/webhook`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Signature: signPayload(FLOOR_SECRET, body, Date.now()),
        },
        body,
      });
      await response.arrayBuffer();
      return response.status === 200 ? `p${i}` : undefined;
    },
  };
  return {
    target,
    stop: async () => {
      board.close();
      await floor.stop();
      await database.drop();
      await redis.stop();
    },
  };
}

/** CPU per paid confirmation beside floor (c), closed loop over the webhooks, interleaved rounds. */
export const paymentsSection: BenchSection = {
  name: "payments",
  async run() {
    const rows = [];
    for (const dialect of DIALECTS) rows.push(await confirmations(dialect));
    return rows;
  },
};
