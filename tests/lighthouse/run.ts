/**
 * `npm run lighthouse`: mobile Lighthouse (performance and accessibility) on the diner menu page of a
 * freshly seeded demo shop, served by a real server process from the built apps, in Debian's chromium.
 * Prints both scores and any audit that cost points; the full report goes to test-results/lighthouse/.
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
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code}`)),
    );
  });
}

async function main() {
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
    // Accessibility first: its run also measures this host's CPU, which calibrates the performance run.
    const a11y = path.join(outDir, "menu-accessibility");
    await runLighthouse(url, a11y, "accessibility");
    const a11yReport = JSON.parse(readFileSync(`${a11y}.report.json`, "utf8")) as Report;
    const cpuSlowdown = cpuSlowdownFor(a11yReport.environment.benchmarkIndex);
    const perf = path.join(outDir, "menu-performance");
    await runLighthouse(url, perf, "performance", cpuSlowdown);
    const perfReport = JSON.parse(readFileSync(`${perf}.report.json`, "utf8")) as Report;
    console.log(`\nLighthouse ${perfReport.lighthouseVersion} (mobile, Slow 4G) on ${url}`);
    console.log(
      `  host benchmarkIndex ${Math.round(a11yReport.environment.benchmarkIndex)} → CPU slowdown ${cpuSlowdown}x`,
    );
    for (const report of [perfReport, a11yReport]) printCategories(report);
    console.log(`  reports: ${path.relative(root, outDir)}/menu-*.report.html\n`);
  } finally {
    await server.kill("SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  }
}

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
