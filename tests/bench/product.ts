import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase, type Db } from "@tabletap/server/db/database";
import { freePort } from "@tabletap/server/net/free-port";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { ServerProcess } from "../support/server-process.js";
import {
  createSharedDatabase,
  type Dialect,
  REDIS_URL,
  type SharedDatabase,
  TEST_SESSION_SECRET,
} from "../support/test-server.js";
import { inBatches } from "./load/open-loop.js";
import { knob } from "./section.js";

/** Orders spread over a few shops, as on a platform at lunch (one shop's orders queue on its row). */
export const SHOPS = knob("BENCH_SHOPS", 4);

/** The product as it is deployed: real server processes on one database and Redis, apart from the load. */
export interface Deployment {
  db: Db;
  /** The DATABASE_URL its processes use (a PostgreSQL database or SQLite file of its own). */
  databaseUrl: string;
  /** Base URLs of the API nodes started so far. */
  urls: string[];
  processes: ServerProcess[];
  /** `env` overrides the server's environment (say, a DATABASE_URL through a relay). */
  start: (role: "all" | "api" | "worker", env?: Record<string, string>) => Promise<ServerProcess>;
  /** What a process is, for CPU figures: "all 1", "api 2", "worker 1", … in the order they started. */
  partOf: (server: ServerProcess) => string;
  /** Stops one of the started processes (an API node leaving); the others keep running. */
  stopProcess: (server: ServerProcess) => Promise<void>;
  /** Shops made through the product's own code, on the first node. */
  shops: (count: number, options?: Parameters<typeof createTestShop>[1]) => Promise<TestShop[]>;
  stop: () => Promise<void>;
}

/** `redisUrl`: the bench's own Redis (see redis.ts), so its CPU can be read for this deployment alone. */
export async function deploy(dialect: Dialect, redisUrl = REDIS_URL): Promise<Deployment> {
  const database: SharedDatabase = await createSharedDatabase(dialect);
  const dataDir = mkdtempSync(path.join(tmpdir(), "tabletap-bench-"));
  const prefix = `bench.${randomBytes(4).toString("hex")}`;
  const db = createDatabase(
    dialect === "postgres" ? { dialect, url: database.url } : { dialect, file: database.url },
  );
  const urlOf = new Map<ServerProcess, string>();
  const parts = new Map<ServerProcess, string>();
  const started: Record<string, number> = {};
  const deployment: Deployment = {
    db,
    databaseUrl: database.url,
    urls: [],
    processes: [],
    async start(role, env = {}) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const server = await ServerProcess.start(
        {
          NODE_ENV: "test",
          ROLE: role,
          PORT: String(port),
          HOST: "127.0.0.1",
          PUBLIC_URL: url,
          DATABASE_URL: database.url,
          DATA_DIR: dataDir,
          REDIS_URL: redisUrl,
          REDIS_PREFIX: prefix,
          SESSION_SECRET: TEST_SESSION_SECRET,
          SEED_DEMO: "0",
          // The bench is one client address and a few tables; the limits have tests of their own.
          ORDER_LIMIT_PER_TABLE: "100000",
          ORDER_LIMIT_PER_ADDRESS: "100000",
          // Request logs go through a pipe this process reads between sending requests; a pipe write blocks
          // when it lags, which would slow the server for a reason no deployment has. Workers log little.
          LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? (role === "worker" ? "info" : "warn"),
          ...env,
        },
        // A machine busy with other work can take a while to start a node; the figures are CPU, not wall time.
        120_000,
        // e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where a server process spends its time.
        process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [],
        "build",
      );
      deployment.processes.push(server);
      started[role] = (started[role] ?? 0) + 1;
      parts.set(server, `${role} ${started[role]}`);
      if (role !== "worker") {
        deployment.urls.push(url);
        urlOf.set(server, url);
      }
      return server;
    },
    partOf: (server) => parts.get(server) ?? "server",
    async stopProcess(server) {
      await server.kill("SIGTERM");
      deployment.processes = deployment.processes.filter((other) => other !== server);
      deployment.urls = deployment.urls.filter((url) => url !== urlOf.get(server));
    },
    async shops(count, options) {
      const url = deployment.urls[0];
      if (!url) throw new Error("start an API node first");
      const made: TestShop[] = [];
      for (let i = 0; i < count; i++) made.push(await createTestShop({ db, url }, options));
      return made;
    },
    async stop() {
      for (const server of deployment.processes) await server.kill("SIGTERM");
      await db.destroy();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return deployment;
}

/** A diner's order for one tea at one of the shops (round robin), as the diner page sends it. */
export function teaOrderFor(shops: TestShop[], i: number): string {
  const shop = shops[i % shops.length] as TestShop;
  return JSON.stringify({
    tableToken: shop.tableToken,
    lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
  });
}

/** Sends one diner's tea order to `url`; undefined when no answer came (refused connection, timeout). */
export function placeTea(url: string, shops: TestShop[], i: number, timeoutMs = 10_000) {
  return fetch(`${url}/api/orders`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": randomUUID() },
    body: teaOrderFor(shops, i),
    signal: AbortSignal.timeout(timeoutMs),
  }).catch(() => undefined);
}

/**
 * A process's first orders run cold code, empty pools and caches; sections warm each node and each floor the
 * same way (400 orders, 8 at a time) before timing anything, so they compare warm servers.
 */
export async function warmWith(place: (i: number) => Promise<unknown>): Promise<void> {
  await inBatches(
    Array.from({ length: 400 }, (_, i) => i),
    8,
    async (i) => void (await place(i)),
  );
}

export const warmUp = (url: string, shops: TestShop[]) =>
  warmWith(async (i) => (await placeTea(url, shops, i))?.arrayBuffer());
