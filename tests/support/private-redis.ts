import { type ChildProcess, spawn } from "node:child_process";
import { freePort } from "@tabletap/server/net/free-port";
import { Redis } from "ioredis";

/** A redis-server of the test's own, so a test can stop and restart it without touching anyone else's. */
export class PrivateRedis {
  private child: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  static async start(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort());
    await redis.up();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts (again) on the same port, with no data: like a restart of a server that keeps nothing on disk. */
  async up(): Promise<void> {
    this.child = spawn(
      "redis-server",
      ["--port", String(this.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      {
        stdio: "ignore",
      },
    );
    for (let attempt = 0; attempt < 50; attempt++) {
      const client = new Redis(this.url, {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      client.on("error", () => {});
      const ok = await client
        .connect()
        .then(() => client.ping())
        .catch(() => undefined);
      client.disconnect();
      if (ok === "PONG") return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("private redis-server did not start");
  }

  async down(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise((resolve) => {
      child.once("exit", resolve);
      child.kill("SIGKILL");
    });
  }
}
