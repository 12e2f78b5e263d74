import { execFileSync } from "node:child_process";
import os from "node:os";

/** What else the machine was doing, so a noisy figure can be read for what it is. */
export function machineSnapshot() {
  let busiest: string[] = [];
  try {
    busiest = execFileSync("ps", ["-eo", "pcpu,rss,comm", "--sort=-pcpu"], { encoding: "utf8" })
      .split("\n")
      .slice(1, 9)
      .map((line) => line.trim())
      .filter(Boolean);
  } catch {
    // ps is missing on some minimal images; the load average still says enough.
  }
  return {
    at: new Date().toISOString(),
    cpus: os.cpus().length,
    loadavg: os.loadavg().map((v) => Number(v.toFixed(2))),
    freeMemMiB: Math.round(os.freemem() / 2 ** 20),
    busiest,
  };
}
