import type { Redis } from "ioredis";
import type { Logger } from "../logger.js";

/**
 * BullMQ keeps jobs as ordinary keys: a Redis that evicts under memory pressure silently drops queued
 * work. The outbox would re-dispatch it, but late; say so loudly at start-up.
 */
export async function warnUnlessNoEviction(redis: Redis, logger: Logger): Promise<void> {
  try {
    const reply = (await redis.config("GET", "maxmemory-policy")) as unknown;
    const policy = Array.isArray(reply)
      ? String(reply[1])
      : typeof reply === "object" && reply
        ? String(Object.values(reply)[0])
        : "";
    if (policy !== "noeviction") {
      logger.warn(
        { policy },
        `Redis maxmemory-policy is "${policy}"; set it to "noeviction" (redis-cli CONFIG SET maxmemory-policy noeviction) so queued jobs are never evicted`,
      );
    }
  } catch (error) {
    // Managed Redis services often forbid CONFIG; that is not a reason to refuse to start.
    logger.warn({ err: error }, "could not read Redis maxmemory-policy; make sure it is noeviction");
  }
}
