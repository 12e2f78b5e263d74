import { once } from "node:events";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createAdapter } from "@socket.io/redis-adapter";
import { Emitter } from "@socket.io/redis-emitter";
import {
  DINER_NAMESPACE,
  type DinerServerToClient,
  MERCHANT_NAMESPACE,
  type MerchantServerToClient,
} from "@tabletap/shared";
import type { Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { RedisReply } from "rate-limit-redis";
import { createClient } from "redis";
import { createApp } from "./app.js";
import type { Config } from "./config.js";
import { createDatabase, type DatabaseOptions, type Db } from "./db/database.js";
import { migrateToLatest, migrationSchema } from "./db/migrate.js";
import { unitRunner } from "./db/unit-of-work.js";
import { createStaffSessions } from "./features/auth/index.js";
import {
  loadVapidKeys,
  notificationHandlers,
  pushEndpointPolicy,
  type ResolveHost,
} from "./features/notifications/index.js";
import {
  createProviders,
  paymentHandlers,
  reconcileHandler,
  sandboxHandlers,
  sandboxSecretFrom,
  scheduleReconciliation,
} from "./features/payments/index.js";
import { printHandlers } from "./features/printing/index.js";
import { queueDashboard } from "./features/queues/index.js";
import { receiptEmailHandlers } from "./features/receipts/index.js";
import { endOfDayHandlers, scheduleAllClosings } from "./features/reports/index.js";
import { serviceRequestHandlers } from "./features/service-requests/index.js";
import { type DemoInfo, seedDemo } from "./features/shop-setup/index.js";
import { findStaffStanding } from "./features/staff/index.js";
import { loggingTransport, type MessageTransport } from "./lib/transports.js";
import { createLogger, type Logger } from "./logger.js";
import { OutboxCompletions } from "./queue/completions.js";
import { OutboxDispatcher } from "./queue/dispatcher.js";
import { closeQueues, createQueues, type Queues } from "./queue/queues.js";
import { closeWorkers, startWorkers } from "./queue/workers.js";
import { createPublisher, type Publisher } from "./realtime/publisher.js";
import type { RealtimeServer } from "./realtime/server.js";
import { warnUnlessNoEviction } from "./redis/check-eviction.js";
import { createRedis } from "./redis/connection.js";
import { ensureRedis } from "./redis/ensure-redis.js";

export interface RunningServer {
  config: Config;
  /** Base URL the HTTP server answers on (undefined for ROLE=worker). */
  url: string | undefined;
  db: Db;
  queues: Queues;
  dispatcher: OutboxDispatcher;
  demo: DemoInfo | undefined;
  logger: Logger;
  close: () => Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  clock?: () => number;
  databaseOptions?: DatabaseOptions;
  /** How soon an unfinished dispatched outbox row is handed to BullMQ again (default 30 s). */
  outboxRedispatchMs?: number;
  /** Where emails go (invitations, payment alerts, receipts); by default they are written to the log. */
  email?: MessageTransport;
  /**
   * Push services reachable though not public (`trustedOrigins`, e.g. a test's fake one), the resolver push
   * hosts are looked up with, and the ports allowed (443, and 80 in development). Only code starting the
   * server sets these; no environment variable does.
   */
  pushEndpoints?: { trustedOrigins?: string[]; resolve?: ResolveHost; ports?: number[] };
  /** The longest a staff socket goes without looking its session up again (default 30 s). */
  sessionRecheckMs?: number;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const webRoots = {
  customer: path.join(repoRoot, "web-customer/dist"),
  merchant: path.join(repoRoot, "web-merchant/dist"),
};

/**
 * Starts the roles the config asks for: `api` (HTTP + Socket.IO + outbox dispatch), `worker` (BullMQ
 * workers + outbox sweep) or `all` in one process. Migrates and seeds first; returns a closer.
 */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config);
  const clock = options.clock ?? Date.now;
  const email = options.email ?? loggingTransport("email", logger);
  const closers: (() => Promise<unknown>)[] = [];
  const close = async () => {
    for (const closer of closers.reverse())
      await closer().catch((err) => logger.warn({ err }, "error while closing"));
  };
  try {
    const redisTarget = await ensureRedis({
      url: config.redisUrl,
      explicit: config.redisUrlExplicit,
      mayStartPrivate: config.role === "all",
      dataDir: config.dataDir,
      logger,
    });
    closers.push(redisTarget.stop);

    const db = createDatabase(config.database, options.databaseOptions);
    closers.push(() => db.destroy());
    await migrateToLatest(db, migrationSchema(config.database, options.databaseOptions?.schema)).catch(
      (error: unknown) => {
        const where =
          config.database.dialect === "postgres" ? "DATABASE_URL" : `the SQLite file ${config.database.file}`;
        throw new Error(
          `Cannot prepare the database (${where}): ${error instanceof Error ? error.message : error}`,
          {
            cause: error,
          },
        );
      },
    );
    const demo = config.seedDemo
      ? await seedDemo(db, { dataDir: config.dataDir, password: config.demoOwnerPassword, now: clock() })
      : undefined;

    const vapid = await loadVapidKeys(db);
    const pushEndpoints = pushEndpointPolicy({
      production: config.publicUrl.startsWith("https://"),
      ...options.pushEndpoints,
    });
    const redis = createRedis(redisTarget.url, logger, "app");
    closers.push(() => redis.quit());
    await warnUnlessNoEviction(redis, logger);
    const queues = createQueues(redis, config.redisPrefix, logger);
    closers.push(() => closeQueues(queues));
    const dispatcher = new OutboxDispatcher({
      db,
      queues,
      logger,
      clock,
      ...(options.outboxRedispatchMs ? { redispatchAfterMs: options.outboxRedispatchMs } : {}),
    });
    closers.push(() => dispatcher.stop());
    const runUnit = unitRunner({
      db,
      kickOutbox: () => dispatcher.kick(),
      onEffectError: (err) => logger.error({ err }, "a step after a committed change failed"),
    });
    const sandboxSecret = sandboxSecretFrom(config.sessionSecret);
    const providers = createProviders({ config, db, clock });

    let url: string | undefined;
    let publisher: Publisher | undefined;
    if (config.role !== "worker") {
      // Fail fast while Redis is away instead of holding staff requests open indefinitely.
      const sessionClient = createClient({ url: redisTarget.url, disableOfflineQueue: true });
      sessionClient.on("error", (err) => logger.warn({ err }, "session store connection error"));
      await sessionClient.connect();
      // destroy(), not quit(): quit waits forever on a client that is between reconnects.
      closers.push(async () => sessionClient.destroy());
      const staffSessions = createStaffSessions({
        client: sessionClient,
        findStaff: (staffId) => findStaffStanding(db, staffId),
        clock,
        secret: config.sessionSecret,
        secureCookie: config.publicUrl.startsWith("https://"),
        prefix: config.redisPrefix,
        idleMs: config.sessionIdleMs,
        maxAgeMs: config.sessionMaxAgeMs,
      });
      const session = staffSessions.middleware;
      const app = createApp({
        db,
        redis,
        session,
        staffSessions,
        ...(options.sessionRecheckMs ? { sessionRecheckMs: options.sessionRecheckMs } : {}),
        logger,
        clock,
        publicUrl: config.publicUrl,
        redisPrefix: config.redisPrefix,
        // The session client has no offline queue, so a limit check fails fast (and lets the request
        // through) while Redis is away instead of holding diners' orders.
        rateLimitCommand: (...args) => sessionClient.sendCommand(args) as Promise<RedisReply>,
        trustProxy: config.trustProxy,
        orderLimits: { perTable: config.orderLimitPerTable, perAddress: config.orderLimitPerAddress },
        couponGuessLimits: config.couponGuessLimits,
        cartLimitPerTable: config.cartLimitPerTable,
        passwordHashing: config.passwordHashing,
        email,
        paymentTimeoutMs: config.paymentTimeoutMs,
        runUnit,
        providers,
        vapid,
        pushEndpoints,
        webRoots,
        queueDashboard: queueDashboard({
          queues,
          session,
          publicUrl: config.publicUrl,
          operatorEmails: config.queueDashboardEmails,
        }),
      });
      if (config.role === "api") attachRedisAdapter(app.io, redis, config.redisPrefix, closers);
      closers.push(() => new Promise((resolve) => app.io.close(() => resolve(undefined))));
      app.httpServer.listen(config.port, config.host);
      await once(app.httpServer, "listening");
      const { port } = app.httpServer.address() as AddressInfo;
      url = `http://127.0.0.1:${port}`;
      publisher = app.publisher;
    }

    if (config.role !== "api") {
      // A worker on its own reaches sockets on API nodes through their Redis adapter.
      const adapterKey = { key: `${config.redisPrefix}:socket.io` };
      publisher ??= createPublisher({
        merchant: new Emitter<MerchantServerToClient>(redis, adapterKey).of(MERCHANT_NAMESPACE),
        diner: new Emitter<DinerServerToClient>(redis, adapterKey).of(DINER_NAMESPACE),
      });
      const completions = new OutboxCompletions(db, clock);
      const workers: Worker[] = startWorkers({
        connection: redis,
        prefix: config.redisPrefix,
        handlers: {
          ...notificationHandlers({
            db,
            publisher,
            clock,
            vapid,
            publicUrl: config.publicUrl,
            logger,
            pushEndpoints,
          }),
          ...receiptEmailHandlers({ db, email, publicUrl: config.publicUrl, logger }),
          ...paymentHandlers({
            db,
            publisher,
            clock,
            providers,
            logger,
            runUnit,
            email,
          }),
          ...reconcileHandler({
            db,
            clock,
            providers,
            reconcileAfterMs: config.reconcileAfterMs,
            logger,
            runUnit,
          }),
          ...endOfDayHandlers({
            db,
            queues,
            clock,
            publisher,
            email,
            logger,
            runUnit,
          }),
          ...serviceRequestHandlers({ runUnit, publisher, clock }),
          ...printHandlers({ db, publisher, clock, logger }),
          ...sandboxHandlers({
            db,
            clock,
            secret: sandboxSecret,
            webhookUrl: `${config.publicUrl}/api/webhooks/sandbox`,
          }),
        },
        logger,
        lockMs: config.jobLockMs,
        onCompleted: (jobId) => completions.markCompleted(jobId),
      });
      closers.push(() => closeWorkers(workers, logger));
      await scheduleReconciliation(queues);
      await scheduleAllClosings({ db, queues });
    }
    dispatcher.start();

    return { config, url, db, queues, dispatcher, demo, logger, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The Redis pub/sub adapter, not the streams adapter: connection-state recovery is not what keeps a board
 * whole here. Boards catch up from the database by `seq` after any reconnect, which also covers a node that
 * was killed (a crashed node never saves the socket sessions the streams adapter would replay) and a Redis
 * that lost its data; diner pages reload their order on reconnect. And workers publish through
 * `@socket.io/redis-emitter`, which speaks pub/sub only: with the streams adapter their events would not
 * reach the API nodes.
 */
function attachRedisAdapter(
  io: RealtimeServer,
  redis: Redis,
  prefix: string,
  closers: (() => Promise<unknown>)[],
) {
  const pub = redis.duplicate();
  const sub = redis.duplicate();
  closers.push(() => Promise.all([pub.quit(), sub.quit()]));
  io.adapter(createAdapter(pub, sub, { key: `${prefix}:socket.io` }));
}
