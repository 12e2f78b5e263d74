import type { Dialect } from "../../support/test-server.js";
import { type CpuByPart, measureCpu, totalOf } from "../cpu.js";
import { closedLoop } from "../load/closed-loop.js";
import { roundTripCounter } from "../postgres.js";
import { placeTea, SHOPS, warmUp } from "../product.js";
import { atMost, type BenchRow, type BenchSection, DIALECTS, knob, round, row } from "../section.js";
import { median } from "../stats.js";
import { floorTarget, type OrderTarget, withOrderRig } from "../targets.js";

export const CPU_ORDERS = knob("BENCH_CPU_ORDERS", 1000);
export const CONCURRENCY = knob("BENCH_CONCURRENCY", 16);
export const ROUNDS = knob("BENCH_ROUNDS", 3);
const ROUND_TRIP_ORDERS = 200;

/** One closed-loop run: CPU ms per order summed over the target's processes, and the parts. */
export async function cpuPerOrder(target: OrderTarget, offset: number, count = CPU_ORDERS) {
  const { result, cpuMs } = await measureCpu(target.sources, () =>
    closedLoop(target, count, CONCURRENCY, offset),
  );
  if (result.orders === 0) throw new Error(`${target.name}: no order reached a board`);
  const perOrder: CpuByPart = {};
  for (const [part, ms] of Object.entries(cpuMs)) perOrder[part] = round(ms / result.orders, 3);
  return {
    msPerOrder: totalOf(cpuMs) / result.orders,
    perOrder,
    ordersPerSecond: Math.round(result.orders / result.seconds),
    lost: result.lost,
  };
}

export type CpuFigure = Awaited<ReturnType<typeof cpuPerOrder>>;

/**
 * Medians over rounds where each round measures every target once, in turn (interleaved). `count` orders a
 * run; round `r` numbers its orders from `r * count`.
 */
export async function interleaved(targets: OrderTarget[], count = CPU_ORDERS) {
  const rounds: Record<string, CpuFigure[]> = {};
  // What each target spends doing nothing (timers, pollers), to read a slow run's CPU per order by.
  const idleMsPerSecond: Record<string, number> = {};
  for (const target of targets) {
    const { cpuMs } = await measureCpu(
      target.sources,
      () => new Promise((resolve) => setTimeout(resolve, 3000)),
    );
    idleMsPerSecond[target.name] = round(totalOf(cpuMs) / 3, 1);
  }
  for (let r = 0; r < ROUNDS; r++) {
    for (const target of targets) {
      const figure = await cpuPerOrder(target, r * count, count);
      rounds[target.name] = [...(rounds[target.name] ?? []), figure];
      console.error(`bench:   round ${r + 1} ${target.name}: ${figure.msPerOrder.toFixed(3)} ms CPU each`);
    }
  }
  const medianOf = (name: string) => median((rounds[name] ?? []).map((figure) => figure.msPerOrder));
  return { rounds: { ...rounds, idleMsPerSecond }, medianOf };
}

/** Round trips to PostgreSQL per order, counted by a relay in front of it, for a node of its own. */
async function roundTrips(place: (i: number) => Promise<unknown>, relay: Relay) {
  relay.reset();
  for (let i = 0; i < ROUND_TRIP_ORDERS; i++) await place(i);
  return relay.count() / ROUND_TRIP_ORDERS;
}
type Relay = Awaited<ReturnType<typeof roundTripCounter>>;

function dialectRows(dialect: Dialect): Promise<BenchRow[]> {
  return withOrderRig(dialect, async ({ deployment, shops, product, floor, floorDatabase, onStop }) => {
    const { rounds, medianOf } = await interleaved([product, floor]);
    const rows = [
      row({
        measure: `CPU per order, all processes (${dialect})`,
        value: medianOf("product"),
        baseline: medianOf("floor"),
        unit: "ms CPU/order",
        goal: atMost(2.5),
        details: { rounds, shops: SHOPS, orders: CPU_ORDERS, concurrency: CONCURRENCY },
      }),
    ];
    if (dialect !== "postgres") return rows;
    const relay = await roundTripCounter();
    onStop(relay.close);
    const counted = await deployment.start("all", { DATABASE_URL: relay.url(deployment.databaseUrl) });
    const countedUrl = deployment.urls.at(-1) as string;
    await warmUp(countedUrl, shops);
    const placeOne = async (i: number) => (await placeTea(countedUrl, shops, i))?.arrayBuffer();
    const productTrips = await roundTrips(placeOne, relay);
    await deployment.stopProcess(counted);
    const relayed = await floorTarget({ dialect, database: relay.url(floorDatabase.url), shops });
    onStop(async () => relayed.watch.close());
    onStop(relayed.process.stop);
    const floorTrips = await roundTrips(relayed.place, relay);
    rows.push(
      row({
        measure: "PostgreSQL round trips per plain order",
        value: productTrips,
        baseline: 3,
        unit: "round trips (baseline: target)",
        goal: atMost(1),
        details: { floor: floorTrips, orders: ROUND_TRIP_ORDERS },
      }),
    );
    return rows;
  });
}

/** CPU per order of the product beside floor (a) (SQLite) or (b) (PostgreSQL), closed loop, same load. */
export const ordersSection: BenchSection = {
  name: "orders",
  async run() {
    const rows = [];
    for (const dialect of DIALECTS) rows.push(...(await dialectRows(dialect)));
    return rows;
  },
};
