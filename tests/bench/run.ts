import { mkdirSync, writeFileSync } from "node:fs";
import { machineSnapshot } from "./machine.js";
import { closeAdmin } from "./postgres.js";
import type { BenchRow, BenchSection } from "./section.js";
import { latencySection } from "./sections/latency.js";
import { memorySection } from "./sections/memory.js";
import { nodesSection } from "./sections/nodes.js";
import { ordersSection } from "./sections/orders.js";
import { paymentsSection } from "./sections/payments.js";
import { reportsSection } from "./sections/reports.js";

/**
 * Each section measures the product beside a floor (the least code doing the same job) or a budget, in the
 * same run; add new ones here. CPU per order comes first: it is the figure a busy machine moves least.
 */
const sections: BenchSection[] = [
  ordersSection,
  paymentsSection,
  latencySection,
  nodesSection,
  memorySection,
  reportsSection,
];

// BENCH_ONLY=latency,payments runs a subset.
const only = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());

function failed(section: BenchSection, error: unknown): BenchRow[] {
  console.error(`bench: ${section.name} failed`, error);
  const message = error instanceof Error ? error.message : String(error);
  return [
    {
      measure: `${section.name} (failed)`,
      value: Number.NaN,
      baseline: Number.NaN,
      unit: "",
      ratio: Number.NaN,
      target: "",
      met: false,
      details: { error: message },
    },
  ];
}

async function main() {
  const machineBefore = machineSnapshot();
  const rows: BenchRow[] = [];
  const timings: Record<string, number> = {};
  for (const section of sections) {
    if (only && !only.includes(section.name)) continue;
    const started = performance.now();
    console.error(`bench: ${section.name}…`);
    // One section failing (say, a server that fell over under load) still leaves the others' figures.
    rows.push(...(await section.run().catch((error: unknown) => failed(section, error))));
    timings[section.name] = Math.round((performance.now() - started) / 1000);
  }
  console.table(
    rows.map(({ measure, value, baseline, unit, ratio, target, met }) => ({
      measure,
      value,
      baseline,
      unit,
      ratio,
      target,
      met: met ? "yes" : "NO",
    })),
  );
  await closeAdmin();
  const report = { machine: { before: machineBefore, after: machineSnapshot() }, seconds: timings, rows };
  mkdirSync("test-results/bench", { recursive: true });
  const file = `test-results/bench/${report.machine.before.at.replaceAll(":", "-")}.json`;
  for (const target of [file, "test-results/bench/latest.json"]) {
    writeFileSync(target, `${JSON.stringify(report, null, 2)}\n`);
  }
  console.log(`wrote ${file} and test-results/bench/latest.json`);
  // Child processes and sockets are closed by now; exit even if a library left a timer behind.
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
