import { once } from "node:events";
import { createConnection, createServer, type Socket } from "node:net";
import pg from "pg";
import { POSTGRES_URL } from "../support/test-server.js";
import type { CpuSource } from "./cpu.js";

let admin: pg.Pool | undefined;

/**
 * The PostgreSQL backends serving one database (each connection is a process of its own, forked by the
 * postmaster). The bench's own connection for this lookup is to another database, so it is not counted.
 */
export function backendsOf(databaseUrl: string): CpuSource {
  const name = new URL(databaseUrl).pathname.slice(1);
  admin ??= new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
  const pool = admin;
  return {
    part: "postgres",
    pids: async () =>
      (
        await pool.query<{ pid: number }>("select pid from pg_stat_activity where datname = $1", [name])
      ).rows.map((row) => row.pid),
  };
}

export async function closeAdmin(): Promise<void> {
  await admin?.end();
  admin = undefined;
}

/**
 * A TCP relay in front of PostgreSQL that counts the client's round trips: every simple Query ('Q') and every
 * Sync ('S', which ends an extended-protocol exchange of Parse/Bind/Execute) waits for the server's answer.
 * Point a DATABASE_URL at `url` to count what a process asks of the database.
 */
export async function roundTripCounter(target = POSTGRES_URL) {
  const upstream = new URL(target);
  let roundTrips = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const db = createConnection(Number(upstream.port || 5432), upstream.hostname);
    sockets.add(client).add(db);
    let pending = Buffer.alloc(0);
    let started = false;
    client.on("data", (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      // The startup message has no type byte; every later message is type, int32 length (self-inclusive).
      for (;;) {
        if (!started) {
          if (pending.length < 4) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          pending = pending.subarray(length);
          started = true;
          continue;
        }
        if (pending.length < 5) break;
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) break;
        const type = String.fromCharCode(pending[0] as number);
        if (type === "Q" || type === "S") roundTrips++;
        pending = pending.subarray(1 + length);
      }
      db.write(chunk);
    });
    db.pipe(client);
    const close = () => {
      client.destroy();
      db.destroy();
      sockets.delete(client);
      sockets.delete(db);
    };
    client.on("close", close).on("error", close);
    db.on("close", close).on("error", close);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const port = (server.address() as { port: number }).port;
  return {
    /** `target` with its host and port replaced by the relay's. */
    url: (databaseUrl: string) => {
      const via = new URL(databaseUrl);
      via.hostname = "127.0.0.1";
      via.port = String(port);
      return via.toString();
    },
    reset: () => {
      roundTrips = 0;
    },
    count: () => roundTrips,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
