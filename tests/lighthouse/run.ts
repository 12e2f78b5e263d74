/**
 * `npm run lighthouse`: mobile Lighthouse (performance and accessibility) on the diner menu page of a
 * freshly seeded demo shop, served by a real server process from the built apps, in Debian's chromium.
 * One run varies by several points with what else the machine does, so it runs three times and prints the
 * median of each score, and the audits that cost points in the run with the median performance score;
 * every run's full report goes to test-results/lighthouse/.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ServerProcess } from "../support/server-process.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const root = path.resolve(import.meta.dirname, "../..");
const outDir = path.join(root, "test-results/lighthouse");

interface Report {
  lighthouseVersion: string;
  environment: { benchmarkIndex: number };
  categories: Record<
    string,
    { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }
  >;
  audits: Record<
    string,
    { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
  >;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** The welcome banner prints the demo table's link just after the "started" log line. */
async function tableUrl(server: ServerProcess): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const match = /Table T1 \(diner\):\s+(\S+)/.exec(server.output());
    if (match?.[1]) return match[1];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server printed no demo table link:\n${server.output()}`);
}

/**
 * Lighthouse's 4x CPU slowdown assumes a fast desktop host; on a slow or shared machine it would emulate a
 * phone several times slower than the one its mobile preset names (moto g power 2022, which Chrome DevTools'
 * CPU calibration scores at benchmarkIndex 264). So the slowdown is calibrated to this host, as
 * Lighthouse's docs/throttling.md advises, and never set harsher than the default.
 */
const MOTO_G_POWER_BENCHMARK = 264;
const cpuSlowdownFor = (benchmarkIndex: number) =>
  Math.min(4, Math.max(1, Math.round((benchmarkIndex / MOTO_G_POWER_BENCHMARK) * 10) / 10));

function runLighthouse(
  url: string,
  outputPath: string,
  category: string,
  cpuSlowdown?: number,
): Promise<void> {
  const bin = path.join(root, "node_modules/.bin/lighthouse");
  const args = [
    url,
    `--only-categories=${category}`,
    ...(cpuSlowdown ? [`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`] : []),
    "--output=json",
    "--output=html",
    `--output-path=${outputPath}`,
    `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
    "--quiet",
    // LIGHTHOUSE_SAVE_ASSETS=1 keeps each run's trace beside its report, to see where the main thread went.
    ...(process.env.LIGHTHOUSE_SAVE_ASSETS ? ["--save-assets"] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code}`)),
    );
  });
}

const RUNS = 3;
const ATTEMPTS = 3;

/**
 * Lighthouse now and then loses the page's start on a busy machine (NO_NAVSTART, or a trace without a
 * first paint) and exits without a report; such a run measured nothing, so it is run again.
 */
async function runWithRetry(...args: Parameters<typeof runLighthouse>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouse(...args);
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      console.warn(`lighthouse run failed (${(error as Error).message}); trying again`);
    }
  }
}

interface Run {
  perf: Report;
  a11y: Report;
  cpuSlowdown: number;
}

/** One accessibility run, which also measures this host's CPU, then the performance run it calibrates. */
async function measure(url: string, run: number): Promise<Run> {
  const a11yPath = path.join(outDir, `menu-accessibility-${run}`);
  await runWithRetry(url, a11yPath, "accessibility");
  const a11y = JSON.parse(readFileSync(`${a11yPath}.report.json`, "utf8")) as Report;
  const cpuSlowdown = cpuSlowdownFor(a11y.environment.benchmarkIndex);
  const perfPath = path.join(outDir, `menu-performance-${run}`);
  await runWithRetry(url, perfPath, "performance", cpuSlowdown);
  const perf = JSON.parse(readFileSync(`${perfPath}.report.json`, "utf8")) as Report;
  return { perf, a11y, cpuSlowdown };
}

const score = (report: Report, category: string) =>
  Math.round((report.categories[category]?.score ?? 0) * 100);

/** The middle value of an odd number of runs. */
function medianRun(runs: Run[], by: (run: Run) => number): Run {
  const sorted = [...runs].sort((a, b) => by(a) - by(b));
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) throw new Error("no Lighthouse run to take the median of");
  return middle;
}

async function main() {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const dataDir = mkdtempSync(path.join(tmpdir(), "tabletap-lighthouse-"));
  const port = await freePort();
  const server = await ServerProcess.start({
    PORT: String(port),
    HOST: "127.0.0.1",
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: dataDir,
    DATABASE_URL: path.join(dataDir, "tabletap.sqlite"),
    REDIS_PREFIX: `lh-${process.pid}`,
    SEED_DEMO: "1",
  });
  try {
    const url = await tableUrl(server);
    const runs: Run[] = [];
    for (let run = 1; run <= RUNS; run++) runs.push(await measure(url, run));
    const perf = medianRun(runs, (run) => score(run.perf, "performance"));
    const a11y = medianRun(runs, (run) => score(run.a11y, "accessibility"));
    console.log(
      `\nLighthouse ${perf.perf.lighthouseVersion} (mobile, Slow 4G) on ${url}, median of ${RUNS} runs`,
    );
    for (const [index, run] of runs.entries()) {
      console.log(
        `  run ${index + 1}: performance ${score(run.perf, "performance")}, accessibility ${score(run.a11y, "accessibility")}` +
          ` (host benchmarkIndex ${Math.round(run.a11y.environment.benchmarkIndex)} → CPU slowdown ${run.cpuSlowdown}x)`,
      );
    }
    console.log("  median:");
    printCategories(perf.perf);
    printMetrics(perf.perf);
    printCategories(a11y.a11y);
    console.log(`  reports: ${path.relative(root, outDir)}/menu-*.report.html\n`);
  } finally {
    await server.kill("SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const METRICS = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "cumulative-layout-shift",
  "speed-index",
];

/** The median run's metrics, those that lost no points included. */
function printMetrics(report: Report) {
  const values = METRICS.map((id) => report.audits[id]).map(
    (audit) => `${audit?.title}: ${audit?.displayValue}`,
  );
  console.log(`    metrics: ${values.join(" · ")}`);
}

/** The category's score, then every audit that cost it points with its value (the metrics, for performance). */
function printCategories(report: Report) {
  for (const category of Object.values(report.categories)) {
    console.log(`  ${category.title.padEnd(14)} ${Math.round((category.score ?? 0) * 100)}`);
    const lost = category.auditRefs
      .map((ref) => ({ ref, audit: report.audits[ref.id] }))
      .filter(({ ref, audit }) => audit && ref.weight > 0 && audit.score !== null && audit.score < 1);
    for (const { audit } of lost) {
      console.log(
        `    - ${audit?.title} (${audit?.score})${audit?.displayValue ? `: ${audit.displayValue}` : ""}`,
      );
    }
  }
}

await main();
