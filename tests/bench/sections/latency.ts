import type { Order } from "@tabletap/shared";
import { io } from "socket.io-client";
import { login } from "../../support/api.js";
import { connected, connectMerchant } from "../../support/sockets.js";
import type { Dialect } from "../../support/test-server.js";
import { startRawServer } from "../baselines/raw-process.js";
import { openLoop } from "../load/open-loop.js";
import { deploy, placeTea, SHOPS, warmUp } from "../product.js";
import { atMost, type BenchSection, DIALECTS, knob, round, row } from "../section.js";
import { percentile } from "../stats.js";

const ORDERS = knob("BENCH_ORDERS", 1000);
const RATE = knob("BENCH_RATE", 200);

/**
 * Order placed over HTTP → order:created on its shop's staff socket, per order, arrivals at a fixed rate
 * spread over SHOPS shops with a board each (a platform's load; one shop's orders queue on its row).
 */
async function orderToBoard(dialect: Dialect): Promise<number[]> {
  const deployment = await deploy(dialect);
  try {
    await deployment.start("all");
    const [url] = deployment.urls as [string];
    const shops = await deployment.shops(SHOPS);
    const boards = [];
    for (const shop of shops)
      boards.push(connectMerchant(url, await login(url, shop.owner.email, shop.owner.password)));
    await Promise.all(boards.map(connected));
    // The event often beats the HTTP answer, so arrival times are kept until the order id is known.
    const arrivedAt = new Map<string, number>();
    const waiting = new Map<string, (at: number) => void>();
    for (const board of boards) {
      board.on("order:created", (order: Order) => {
        arrivedAt.set(order.id, performance.now());
        waiting.get(order.id)?.(performance.now());
      });
    }
    await warmUp(url, shops);
    const { results } = await openLoop(ORDERS, RATE, async (i) => {
      const started = performance.now();
      const response = await placeTea(url, shops, i, 15_000);
      // Refused or timed out under overload: counted as lost, not as a latency.
      if (response?.status !== 201) return Number.NaN;
      const { order } = (await response.json()) as { order: Order };
      const arrived =
        arrivedAt.get(order.id) ??
        (await new Promise<number>((resolve) => {
          waiting.set(order.id, resolve);
          setTimeout(() => resolve(Number.NaN), 5000);
        }));
      return arrived - started;
    });
    for (const board of boards) board.close();
    return results;
  } finally {
    await deployment.stop();
  }
}

/** The floor for any Socket.IO round trip here: a bare server in its own process acknowledging an echo. */
async function echoLatencies(): Promise<number[]> {
  const raw = await startRawServer("socket");
  const client = io(raw.url, { transports: ["websocket"] });
  try {
    await new Promise((resolve) => client.once("connect", () => resolve(undefined)));
    const { results } = await openLoop(ORDERS, RATE, async () => {
      const started = performance.now();
      await client.emitWithAck("echo", started);
      return performance.now() - started;
    });
    return results;
  } finally {
    client.close();
    await raw.stop();
  }
}

export const latencySection: BenchSection = {
  name: "latency",
  async run() {
    const echo = await echoLatencies();
    const rows = [];
    for (const dialect of DIALECTS) {
      const sample = await orderToBoard(dialect);
      const ok = sample.filter((v) => !Number.isNaN(v));
      rows.push(
        row({
          measure: `order→board p99 at ${RATE}/s (${dialect})`,
          value: percentile(ok, 99),
          baseline: percentile(echo, 99),
          unit: "ms",
          goal: atMost(20),
          details: {
            p50: round(percentile(ok, 50)),
            orders: ORDERS,
            rate: RATE,
            shops: SHOPS,
            lost: sample.length - ok.length,
            baselineP50: round(percentile(echo, 50), 3),
          },
        }),
      );
    }
    return rows;
  },
};
