import { type ChildProcess, spawn } from "node:child_process";
import { freePort } from "@tabletap/server/net/free-port";
import { Redis } from "ioredis";

export interface PrivateRedis {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/**
 * A redis-server of the bench's own (no persistence), so the CPU Redis spends per order is not mixed with
 * whatever else uses the machine's shared Redis.
 */
export async function startRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  const url = `redis://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    // Refused while the server starts; the loop tries again.
    client.on("error", () => {});
    const ok = await client.connect().then(
      () => client.ping(),
      () => undefined,
    );
    client.disconnect();
    if (ok === "PONG") break;
    if (tries > 300 || child.exitCode !== null) throw new Error(`redis-server on ${port} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    pid: child.pid as number,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
