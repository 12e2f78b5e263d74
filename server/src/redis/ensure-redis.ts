import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { Redis } from "ioredis";
import type { Logger } from "../logger.js";
import { freePort } from "../net/free-port.js";

export interface RedisTarget {
  url: string;
  /** Stops the private redis-server, if one was started. */
  stop: () => Promise<void>;
}

const HOW_TO_GET_REDIS = `Redis is required (BullMQ queues run on it) and nothing answered at the configured address.
Install and start it, e.g. on Debian/Ubuntu \`sudo apt-get install redis-server\` (with redis-server on PATH
and REDIS_URL unset, npm start runs a private one), on macOS \`brew install redis && brew services start redis\`,
or point REDIS_URL at a running server (redis://host:6379).`;

/**
 * Finds a Redis to use: the configured one if it answers; otherwise, when REDIS_URL was not set and
 * redis-server is on PATH, a private server for this app (AOF on, under the data folder) stopped on exit.
 */
export async function ensureRedis(options: {
  url: string;
  explicit: boolean;
  /** Only a single all-in-one process may run a private server; split roles must share one Redis. */
  mayStartPrivate: boolean;
  dataDir: string;
  logger: Logger;
}): Promise<RedisTarget> {
  const noop = async () => {};
  if (await answers(options.url)) return { url: options.url, stop: noop };
  if (options.explicit || !options.mayStartPrivate || !hasRedisServer()) {
    throw new Error(`Cannot reach Redis at ${options.url}.\n${HOW_TO_GET_REDIS}`);
  }
  const port = await freePort();
  const dir = path.join(options.dataDir, "redis");
  mkdirSync(dir, { recursive: true });
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--appendonly", "yes", "--save", ""],
    { stdio: "ignore" },
  );
  const url = `redis://127.0.0.1:${port}`;
  await waitFor(url, child);
  options.logger.warn({ url, dir }, "no Redis answered; started a private redis-server for this app");
  return { url, stop: () => stopChild(child) };
}

async function answers(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on("error", () => {});
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

const hasRedisServer = () => spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0;

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}`);
    if (await answers(url)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`redis-server did not answer at ${url} within 5 s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
