import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import type { Order } from "@tabletap/shared";
import { login } from "../support/api.js";
import { createTestShop } from "../support/fixtures.js";
import { connected, connectMerchant } from "../support/sockets.js";
import { type Dialect, startTestServer } from "../support/test-server.js";
import { openLoop, socketEchoLatencies } from "./socket-echo-baseline.js";
import { percentile, round } from "./stats.js";

const ORDERS = Number(process.env.BENCH_ORDERS ?? 500);
const RATE = Number(process.env.BENCH_RATE ?? 100);

/** Order placed over HTTP → order:created on a staff socket, measured per order, at a fixed arrival rate. */
async function orderToBoard(dialect: Dialect): Promise<number[]> {
  const server = await startTestServer({ dialect });
  try {
    const shop = await createTestShop(server);
    const board = connectMerchant(server.url, await login(server.url, shop.owner.email, shop.owner.password));
    await connected(board);
    // The event often beats the HTTP answer, so arrival times are kept until the order id is known.
    const arrivedAt = new Map<string, number>();
    const waiting = new Map<string, (at: number) => void>();
    board.on("order:created", (order: Order) => {
      arrivedAt.set(order.id, performance.now());
      waiting.get(order.id)?.(performance.now());
    });
    const body = JSON.stringify({
      tableToken: shop.tableToken,
      lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
    });
    const latencies = await openLoop(ORDERS, RATE, async () => {
      const started = performance.now();
      const response = await fetch(`${server.url}/api/orders`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": randomUUID() },
        body,
      });
      const { order } = (await response.json()) as { order: Order };
      const arrived =
        arrivedAt.get(order.id) ??
        (await new Promise<number>((resolve) => {
          waiting.set(order.id, resolve);
          setTimeout(() => resolve(Number.NaN), 5000);
        }));
      return arrived - started;
    });
    board.close();
    return latencies;
  } finally {
    await server.stop();
  }
}

async function main() {
  const baseline = await socketEchoLatencies(ORDERS, RATE);
  const rows: Record<string, unknown>[] = [];
  for (const dialect of ["sqlite", "postgres"] as const) {
    const sample = await orderToBoard(dialect);
    const lost = sample.filter(Number.isNaN).length;
    const ok = sample.filter((v) => !Number.isNaN(v));
    rows.push({
      measure: `order→board latency (${dialect})`,
      rate: RATE,
      orders: ORDERS,
      lost,
      p50ms: round(percentile(ok, 50)),
      p99ms: round(percentile(ok, 99)),
      baselineP99ms: round(percentile(baseline, 99), 3),
      ratioP99: round(percentile(ok, 99) / percentile(baseline, 99)),
    });
  }
  console.table(rows);
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/bench.json", JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
}

void main();
