import type { Dialect } from "../../support/test-server.js";
import { openLoop } from "../load/open-loop.js";
import { SHOPS } from "../product.js";
import { atMost, type BenchRow, type BenchSection, DIALECTS, knob, round, row } from "../section.js";
import { percentile } from "../stats.js";
import { type OrderTarget, withOrderRig } from "../targets.js";
import { ROUNDS } from "./orders.js";

const ORDERS = knob("BENCH_LATENCY_ORDERS", 600);
const RATE = knob("BENCH_RATE", 100);

/** Order placed over HTTP → order:created on its shop's board, per order, arrivals at a fixed rate. */
async function orderToBoard(target: OrderTarget, offset: number): Promise<number[]> {
  target.watch.clear();
  const { results } = await openLoop(ORDERS, RATE, async (i) => {
    const started = performance.now();
    const id = await target.place(offset + i);
    // Refused or timed out under overload: counted as lost, not as a latency.
    return id ? (await target.watch.arrival(id)) - started : Number.NaN;
  });
  return results;
}

function dialectRows(dialect: Dialect): Promise<BenchRow[]> {
  return withOrderRig(dialect, async ({ product, floor }) => {
    const samples: Record<string, number[]> = { product: [], floor: [] };
    const perRound: Record<string, { p50: number; p99: number; lost: number }[]> = { product: [], floor: [] };
    for (let r = 0; r < ROUNDS; r++) {
      for (const target of [product, floor]) {
        const sample = await orderToBoard(target, 10_000 * (r + 1));
        samples[target.name]?.push(...sample);
        const answered = sample.filter((v) => !Number.isNaN(v));
        perRound[target.name]?.push({
          p50: round(percentile(answered, 50), 2),
          p99: round(percentile(answered, 99), 2),
          lost: sample.length - answered.length,
        });
      }
    }
    const ok = (name: string) => (samples[name] ?? []).filter((v) => !Number.isNaN(v));
    const details = {
      rounds: perRound,
      orders: ORDERS,
      rate: RATE,
      shops: SHOPS,
      lost: (samples.product?.length ?? 0) - ok("product").length,
    };
    return [50, 99].map((p) =>
      row({
        measure: `order→board p${p} at ${RATE}/s (${dialect})`,
        value: percentile(ok("product"), p),
        baseline: percentile(ok("floor"), p),
        unit: "ms",
        goal: atMost(p === 50 ? 1.5 : 2),
        details,
      }),
    );
  });
}

/**
 * Latency at a lunch-rush rate (open loop over SHOPS shops, a board each), product beside its floor, in
 * interleaved rounds whose samples are pooled.
 */
export const latencySection: BenchSection = {
  name: "latency",
  async run() {
    const rows = [];
    for (const dialect of DIALECTS) rows.push(...(await dialectRows(dialect)));
    return rows;
  },
};
