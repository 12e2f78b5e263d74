import { spawn } from "node:child_process";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { measureCpu, processTree, totalOf } from "../bench/cpu.js";
import { closeAdmin, roundTripCounter } from "../bench/postgres.js";
import { POSTGRES_URL } from "../support/test-server.js";

afterAll(closeAdmin);

/** The bench's meters are what its figures rest on: each is checked against work of a known size. */
describe("bench meters", () => {
  it("charges a process the CPU it spent while the work ran, and none to an idle one", async () => {
    // Each child says "ready" once node has started; the busy one spins until it has used 600 ms of CPU
    // (by its own count) when told to: wall time would not do on a machine shared with other work.
    const child = (code: string) => spawn(process.execPath, ["-e", `${code}; console.log("ready")`]);
    const busy = child(
      'process.stdin.once("data", () => { const from = process.cpuUsage(); for (let u = from; u.user + u.system < 600_000; u = process.cpuUsage(from)); })',
    );
    const idle = child("setInterval(() => {}, 1000)");
    const ready = (worker: typeof busy) => new Promise((resolve) => worker.stdout.once("data", resolve));
    try {
      await Promise.all([ready(busy), ready(idle)]);
      const { cpuMs } = await measureCpu(
        [
          { part: "busy", pids: () => processTree(busy.pid as number) },
          { part: "idle", pids: () => [idle.pid as number] },
        ],
        async () => {
          busy.stdin.write("go\n");
          await new Promise((resolve) => setTimeout(resolve, 1500));
        },
      );
      expect(cpuMs.busy).toBeGreaterThanOrEqual(580);
      expect(cpuMs.busy).toBeLessThanOrEqual(800);
      expect(cpuMs.idle).toBeLessThan(50);
      expect(totalOf(cpuMs)).toBe((cpuMs.busy ?? 0) + (cpuMs.idle ?? 0));
    } finally {
      busy.kill();
      idle.kill();
    }
  });

  it("counts one round trip per simple query and per extended-protocol exchange", async () => {
    const relay = await roundTripCounter();
    const client = new pg.Client({ connectionString: relay.url(POSTGRES_URL) });
    try {
      await client.connect();
      relay.reset();
      await client.query("select 1");
      await client.query("select $1::int as n", [2]);
      await client.query({ name: "three", text: "select $1::int as n", values: [3] });
      await client.query({ name: "three", text: "select $1::int as n", values: [4] });
      const { rows } = await client.query("begin; select 5 as n; commit");
      expect(rows).toBeUndefined();
      expect(relay.count()).toBe(5);
    } finally {
      await client.end();
      await relay.close();
    }
  });
});
