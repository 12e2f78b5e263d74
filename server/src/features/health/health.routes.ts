import { Router } from "express";
import type { Redis } from "ioredis";
import type { Db } from "../../db/database.js";
import { pingDatabase } from "./health.repository.js";

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms).unref()),
  ]);

/** Liveness of the two parts an order needs: 200 when both answer, 503 naming the one that doesn't. */
export function healthRoutes(deps: { db: Db; redis: Redis }): Router {
  const router = Router();
  router.get("/health", async (_req, res) => {
    const [db, redis] = await Promise.all([
      withTimeout(pingDatabase(deps.db), 2000).then(
        () => "up" as const,
        () => "down" as const,
      ),
      withTimeout(deps.redis.ping(), 2000).then(
        () => "up" as const,
        () => "down" as const,
      ),
    ]);
    const ok = db === "up" && redis === "up";
    res
      .status(ok ? 200 : 503)
      .set("Cache-Control", "no-store")
      .json({ ok, db, redis });
  });
  return router;
}
