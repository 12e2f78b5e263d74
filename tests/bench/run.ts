import { mkdirSync, writeFileSync } from "node:fs";
import { orderToBoard } from "./order-to-board.js";
import { confirmationThroughput, rawBullmqThroughput } from "./payment-throughput.js";
import { socketEchoLatencies } from "./socket-echo-baseline.js";
import { percentile, round } from "./stats.js";

const ORDERS = Number(process.env.BENCH_ORDERS ?? 500);
const RATE = Number(process.env.BENCH_RATE ?? 100);
const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 300);

async function main() {
  const baseline = await socketEchoLatencies(ORDERS, RATE);
  const latency: Record<string, unknown>[] = [];
  for (const dialect of ["sqlite", "postgres"] as const) {
    const sample = await orderToBoard(dialect, ORDERS, RATE);
    const lost = sample.filter(Number.isNaN).length;
    const ok = sample.filter((v) => !Number.isNaN(v));
    latency.push({
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
  const throughput: Record<string, unknown>[] = [];
  const rawJobsPerSecond = await rawBullmqThroughput(PAYMENTS);
  for (const dialect of ["sqlite", "postgres"] as const) {
    const paidPerSecond = await confirmationThroughput(dialect, PAYMENTS);
    throughput.push({
      measure: `payment confirmations/s (${dialect})`,
      payments: PAYMENTS,
      perSecond: round(paidPerSecond),
      baselinePerSecond: round(rawJobsPerSecond),
      ratio: round(paidPerSecond / rawJobsPerSecond),
    });
  }
  console.table(latency);
  console.table(throughput);
  mkdirSync("test-results", { recursive: true });
  const report = { at: new Date().toISOString(), latency, throughput };
  writeFileSync("test-results/bench.json", JSON.stringify(report, null, 2));
}

void main();
