import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";

/** Says whether one more cart event from this table code may run now. */
export type CartLimit = (tableToken: string) => Promise<boolean>;

/**
 * Cart events (changes and syncs) per table code per minute. A table of friends tapping + and − stays far
 * below it; a script flooding a table's cart from many sockets is refused on every node alike, because the
 * count lives in Redis. While Redis is away each node counts in memory instead: still a limit, never an
 * outage, and no event waits on a Redis that is not there.
 */
export function createCartLimit(options: { redis: Redis; prefix: string; perMinute: number }): CartLimit {
  const limits = { points: options.perMinute, duration: 60 };
  const limiter = new RateLimiterRedis({
    ...limits,
    storeClient: options.redis,
    keyPrefix: `${options.prefix}:rl:cart`,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(limits),
  });
  return async (tableToken) => {
    try {
      await limiter.consume(tableToken);
      return true;
    } catch (refusal) {
      // A refusal is a RateLimiterRes; anything else is a store error the insurance limiter could not absorb.
      if (refusal instanceof RateLimiterRes) return false;
      return true;
    }
  };
}
