import { ServerProcess } from "./server-process.js";
import { REDIS_URL, TEST_SESSION_SECRET, type TestServer } from "./test-server.js";

/**
 * A job-running process (`ROLE=worker`) beside a test API node: the same database, data folder, Redis and
 * key prefix, so it takes that node's jobs. `env` adds or overrides settings (a lock timeout, another Redis).
 */
export function startWorkerBeside(
  api: TestServer,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  return ServerProcess.start({
    NODE_ENV: "test",
    ROLE: "worker",
    DATABASE_URL: databaseUrl,
    DATA_DIR: api.config.dataDir,
    REDIS_URL,
    REDIS_PREFIX: api.config.redisPrefix,
    SESSION_SECRET: TEST_SESSION_SECRET,
    PUBLIC_URL: api.url,
    SEED_DEMO: "0",
    ...env,
  });
}
