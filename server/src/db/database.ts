import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { CamelCasePlugin, Kysely, PostgresDialect, type PostgresPool, SqliteDialect } from "kysely";
import pg from "pg";
import type { DatabaseTarget } from "../config.js";
import type { Database } from "./schema.js";

export type Db = Kysely<Database>;

// PostgreSQL returns bigint as strings. Ours are epoch ms, sequences and money (bounded by the money
// limits), all well inside 2^53; a value beyond it fails its query rather than come back silently rounded.
pg.types.setTypeParser(pg.types.builtins.INT8, exactNumber);

export function exactNumber(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`${value} is too large to read as an exact number`);
  return number;
}

export interface DatabaseOptions {
  /** PostgreSQL only: run every query in this schema (tests isolate themselves this way). */
  schema?: string;
  poolSize?: number;
}

export function createDatabase(target: DatabaseTarget, options: DatabaseOptions = {}): Db {
  const plugins = [new CamelCasePlugin()];
  if (target.dialect === "postgres") {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: options.poolSize ?? 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // A connection the server cuts (a restart, a failover) reports an error event; unheard, it would crash
    // the process. Idle ones (pool "error") and checked-out ones between queries (client "error") are
    // dropped by the pool and replaced on next use; queries in flight fail and their callers retry.
    pool.on("error", () => undefined);
    pool.on("connect", (client) => client.on("error", () => undefined));
    return new Kysely<Database>({
      dialect: new PostgresDialect({ pool: preparingStatements(pool) }),
      plugins,
    });
  }
  if (target.file !== ":memory:") mkdirSync(path.dirname(target.file), { recursive: true });
  const sqlite = new SQLite(target.file);
  // WAL lets readers run while the single writer commits; busy_timeout rides out a second process.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: cachingStatements(sqlite) }),
    plugins,
  });
}

/**
 * Kysely prepares every query it runs, and better-sqlite3 compiles SQL on each prepare(); the server runs
 * the same few hundred SQL texts over and over, so compiled statements are kept (oldest dropped first).
 * Safe because better-sqlite3 runs a statement to completion synchronously and the server never streams.
 */
function cachingStatements(sqlite: SQLite.Database, limit = 1000) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const cached = statements.get(sql);
      if (cached) return cached;
      const statement = sqlite.prepare(sql);
      if (statements.size >= limit) statements.delete(statements.keys().next().value as string);
      statements.set(sql, statement);
      return statement;
    },
  };
}

/**
 * PostgreSQL parses and plans every unnamed statement again; the server sends the same few hundred SQL
 * texts over and over, so each is sent as a named prepared statement, which a connection parses once (and
 * plans once its generic plan is as good). The first `limit` distinct texts get names; the rest, like
 * IN-lists of every length, go unnamed, so no connection holds an unbounded number of statements.
 */
function preparingStatements(pool: pg.Pool, limit = 500): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (sql: string) => {
    let name = names.get(sql);
    if (name === undefined && names.size < limit) {
      name = `k${createHash("sha1").update(sql).digest("hex").slice(0, 20)}`;
      names.set(sql, name);
    }
    return name;
  };
  return {
    end: () => pool.end(),
    async connect() {
      const client = await pool.connect();
      return {
        release: (destroy?: boolean) => client.release(destroy),
        query: ((sql: string, values: unknown[]) => {
          const name = nameOf(sql);
          return name ? client.query({ name, text: sql, values }) : client.query(sql, values);
        }) as never,
      };
    },
  };
}

/** True when the error is a unique-constraint violation, on either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}
