import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "@tabletap/server/config";
import { freePort } from "@tabletap/server/net/free-port";
import { type RunningServer, startServer } from "@tabletap/server/start";
import pg from "pg";

export type Dialect = "sqlite" | "postgres";

export const POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/test";
export const REDIS_URL = "redis://127.0.0.1:6379";
export const TEST_SESSION_SECRET = "test-secret-test-secret-test-secret-42";

export const dialectUnderTest = (): Dialect =>
  process.env.TEST_DIALECT === "postgres" ? "postgres" : "sqlite";

export interface TestServer extends RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * A whole server on a random port against real Redis and a real database of the dialect under test,
 * isolated from other tests by its own SQLite file or PostgreSQL schema and its own Redis key prefix.
 */
export async function startTestServer(
  options: { dialect?: Dialect; env?: Record<string, string>; outboxRedispatchMs?: number } = {},
): Promise<TestServer> {
  const dialect = options.dialect ?? dialectUnderTest();
  const id = `t${randomBytes(6).toString("hex")}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "tabletap-test-"));
  const schema = dialect === "postgres" ? await createSchema(id) : undefined;
  const port = await freePort();
  const config = {
    ...loadConfig({
      NODE_ENV: "test",
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: dialect === "postgres" ? POSTGRES_URL : path.join(dataDir, "test.sqlite"),
      REDIS_URL,
      SESSION_SECRET: TEST_SESSION_SECRET,
      SEED_DEMO: "0",
      LOG_LEVEL: "silent",
      ...options.env,
    }),
    redisPrefix: `test:${id}`,
  };
  const server = await startServer(config, {
    databaseOptions: schema ? { schema, poolSize: 5 } : {},
    ...(options.outboxRedispatchMs ? { outboxRedispatchMs: options.outboxRedispatchMs } : {}),
  });
  if (!server.url) throw new Error("test server has no HTTP role");
  const stop = async () => {
    await server.close();
    if (schema) await dropSchema(schema);
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { ...server, url: server.url, stop };
}

async function createSchema(name: string): Promise<string> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  await client.query(`create schema ${name}`);
  await client.end();
  return name;
}

async function dropSchema(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  await client.query(`drop schema ${name} cascade`);
  await client.end();
}
