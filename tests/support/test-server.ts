import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "@tabletap/server/config";
import type { MessageTransport } from "@tabletap/server/lib/transports";
import { freePort } from "@tabletap/server/net/free-port";
import { type RunningServer, type StartOptions, startServer } from "@tabletap/server/start";
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
  options: {
    dialect?: Dialect;
    env?: Record<string, string>;
    outboxRedispatchMs?: number;
    /** A database shared with other processes (see createSharedDatabase) instead of a private schema. */
    database?: SharedDatabase;
    /** The server's notion of now, for tests that let time pass. */
    clock?: () => number;
    /** Where the server's emails go, for tests that read them (default: the log). */
    email?: MessageTransport;
    /** Push services the server may reach though local (a fake one), and the resolver for push hosts. */
    pushEndpoints?: StartOptions["pushEndpoints"];
    /** How often staff sockets look their session up again, for tests that let sessions expire. */
    sessionRecheckMs?: number;
    /** Another server's Redis prefix, for a second API node sharing its counters (with `database`). */
    redisPrefix?: string;
  } = {},
): Promise<TestServer> {
  const dialect = options.database?.dialect ?? options.dialect ?? dialectUnderTest();
  const id = `t${randomBytes(6).toString("hex")}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "tabletap-test-"));
  const schema = dialect === "postgres" && !options.database ? await createSchema(id) : undefined;
  const databaseUrl =
    options.database?.url ?? (dialect === "postgres" ? POSTGRES_URL : path.join(dataDir, "test.sqlite"));
  const port = await freePort();
  const config = {
    ...loadConfig({
      NODE_ENV: "test",
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      SESSION_SECRET: TEST_SESSION_SECRET,
      SEED_DEMO: "0",
      LOG_LEVEL: "silent",
      // Suites place hundreds of orders from one table; the limits have tests of their own.
      ORDER_LIMIT_PER_TABLE: "100000",
      ORDER_LIMIT_PER_ADDRESS: "100000",
      // Coupon orders race each other in suites, and every one in flight counts as a guess until it succeeds.
      COUPON_GUESSES_PER_TABLE: "100000",
      COUPON_GUESSES_PER_DEVICE: "100000",
      COUPON_GUESSES_PER_ADDRESS: "100000",
      ...options.env,
    }),
    // Also a valid REDIS_PREFIX, so child processes can be pointed at the same keys.
    redisPrefix: options.redisPrefix ?? `test.${id}`,
  };
  const server = await startServer(config, {
    databaseOptions: schema ? { schema, poolSize: 5 } : {},
    ...(options.outboxRedispatchMs ? { outboxRedispatchMs: options.outboxRedispatchMs } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.email ? { email: options.email } : {}),
    ...(options.pushEndpoints ? { pushEndpoints: options.pushEndpoints } : {}),
    ...(options.sessionRecheckMs ? { sessionRecheckMs: options.sessionRecheckMs } : {}),
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
  await adminQuery(`create schema ${name}`);
  return name;
}

const dropSchema = (name: string) => adminQuery(`drop schema ${name} cascade`);

export interface SharedDatabase {
  dialect: Dialect;
  /** A DATABASE_URL every process of the test can use. */
  url: string;
  drop: () => Promise<void>;
}

/**
 * A database of its own for a test that runs several server processes: PostgreSQL gets a whole database
 * (a child process cannot be pinned to a schema), SQLite a file in a temporary folder.
 */
export async function createSharedDatabase(dialect: Dialect = dialectUnderTest()): Promise<SharedDatabase> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "tabletap-shared-"));
    return {
      dialect,
      url: path.join(dir, "shared.sqlite"),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `t${randomBytes(6).toString("hex")}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    dialect,
    url: url.toString(),
    drop: () => adminQuery(`drop database ${name} with (force)`),
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
