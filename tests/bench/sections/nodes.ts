import type { ServerProcess } from "../../support/server-process.js";
import { deploy, SHOPS } from "../product.js";
import { startRedis } from "../redis.js";
import { atMost, type BenchSection, knob, round, row } from "../section.js";
import { median } from "../stats.js";
import { productTarget } from "../targets.js";
import { CONCURRENCY, CPU_ORDERS, type CpuFigure, cpuPerOrder, ROUNDS } from "./orders.js";

/** API nodes in the scaled-out runs; on a machine with cores to spare, BENCH_NODES=4 and more. */
const NODES = knob("BENCH_NODES", 2);
/** Redis CPU per order the fan-out may cost, ms. */
const FAN_OUT_BUDGET_MS = 0.1;

/**
 * Capacity on paper from measured CPU per order: every part's CPU per order is what one order costs it,
 * so a core of it serves 1000 / ms orders a second and a rate needs rate × ms / 1000 of its cores.
 */
export function capacity(perOrder: Record<string, number>) {
  const total = Object.values(perOrder).reduce((sum, ms) => sum + ms, 0);
  const cores = (rate: number, ms: number) => round((rate * ms) / 1000, 1);
  return {
    ordersPerSecondPerCore: Math.round(1000 / total),
    coresFor1000: cores(1000, total),
    coresFor10000: cores(10_000, total),
    byPart: Object.fromEntries(
      Object.entries(perOrder).map(([part, ms]) => [
        part,
        { ms, coresFor1000: cores(1000, ms), coresFor10000: cores(10_000, ms) },
      ]),
    ),
  };
}

/** Parts summed over API nodes ("api 1", "api 2", … → "api"), medians over the rounds. */
function medianParts(figures: CpuFigure[]) {
  const byRole = figures.map((figure) => {
    const parts: Record<string, number> = {};
    for (const [part, ms] of Object.entries(figure.perOrder)) {
      const role = part.split(" ")[0] as string;
      parts[role] = (parts[role] ?? 0) + ms;
    }
    return parts;
  });
  const roles = Object.keys(byRole[0] ?? {});
  return Object.fromEntries(
    roles.map((role) => [role, round(median(byRole.map((parts) => parts[role] ?? 0)), 3)]),
  );
}

/**
 * CPU per order summed over every process (API nodes, worker, Redis, PostgreSQL backends) with one
 * `ROLE=api` node and a worker, then with NODES nodes taking orders in turn and each shop's board on one of
 * them, so most events cross Redis (the Socket.IO adapter's fan-out). Interleaved: each round measures one
 * node, starts the other nodes, measures them all, and stops them again.
 */
export const nodesSection: BenchSection = {
  name: "nodes",
  async run() {
    const redis = await startRedis();
    const deployment = await deploy("postgres", redis.url);
    try {
      await deployment.start("api");
      await deployment.start("worker");
      const shops = await deployment.shops(SHOPS);
      const rounds: Record<string, CpuFigure[]> = { one: [], many: [] };
      for (let r = 0; r < ROUNDS; r++) {
        // Boards are opened for each run and closed after it, so no run delivers to another run's boards.
        const one = await productTarget({ name: "one node", deployment, redis, shops });
        rounds.one?.push(await cpuPerOrder(one, 2 * r * CPU_ORDERS));
        one.watch.close();
        const added: ServerProcess[] = [];
        for (let n = 1; n < NODES; n++) added.push(await deployment.start("api"));
        const many = await productTarget({ name: `${NODES} nodes`, deployment, redis, shops });
        rounds.many?.push(await cpuPerOrder(many, (2 * r + 1) * CPU_ORDERS));
        many.watch.close();
        for (const server of added) await deployment.stopProcess(server);
        console.error(
          `bench:   round ${r + 1}: ${rounds.one?.at(-1)?.msPerOrder.toFixed(3)} vs ${rounds.many?.at(-1)?.msPerOrder.toFixed(3)} ms CPU/order`,
        );
      }
      const oneMs = median((rounds.one ?? []).map((figure) => figure.msPerOrder));
      const manyMs = median((rounds.many ?? []).map((figure) => figure.msPerOrder));
      const parts = medianParts(rounds.many ?? []);
      const plan = capacity(parts);
      console.error(`bench: capacity from ${NODES} nodes' CPU per order: ${JSON.stringify(plan)}`);
      const details = {
        rounds,
        parts,
        oneNodeParts: medianParts(rounds.one ?? []),
        capacity: plan,
        orders: CPU_ORDERS,
        concurrency: CONCURRENCY,
      };
      return [
        row({
          measure: `CPU per order, ${NODES} API nodes + worker vs one (postgres)`,
          value: manyMs,
          baseline: oneMs,
          unit: "ms CPU/order",
          goal: atMost(1.15),
          details,
        }),
        row({
          measure: `Redis CPU per order, ${NODES} API nodes (fan-out)`,
          value: parts.redis ?? Number.NaN,
          baseline: FAN_OUT_BUDGET_MS,
          unit: "ms CPU/order (baseline: budget)",
          goal: atMost(1),
          details: {
            share: round((parts.redis ?? 0) / manyMs, 3),
            // What the second node adds to Redis: the adapter's publish and every node's subscription.
            addedByNodes: round((parts.redis ?? 0) - (medianParts(rounds.one ?? []).redis ?? 0), 3),
          },
        }),
      ];
    } finally {
      await deployment.stop();
      await redis.stop();
    }
  },
};
