import type { Request, RequestHandler, Response } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import { type RedisReply, RedisStore } from "rate-limit-redis";
import { HttpError } from "./errors.js";

/**
 * A fixed-window limit counted in Redis, so every API node shares the count. Refusals are the usual
 * error shape with 429 `rate_limited`. If Redis fails the request goes through (the client must fail
 * fast, not queue): a limit must not become an outage.
 */
/** Sends one Redis command; given a client that fails at once while Redis is away, never one that queues. */
export type SendCommand = (...args: string[]) => Promise<RedisReply>;

export function redisRateLimit(options: {
  sendCommand: SendCommand;
  prefix: string;
  name: string;
  windowMs: number;
  /** Requests allowed per window and key; a function may set it per request. */
  limit: number | ((req: Request) => number);
  key: (req: Request) => string;
  message: string;
  /** Count only refused attempts (sign-in), so a busy shop's good requests never lock it out. */
  failuresOnly?: boolean;
  /** With `failuresOnly`, which answers count (default: every 4xx and 5xx). */
  isFailure?: (res: Response) => boolean;
}): RequestHandler {
  const { isFailure } = options;
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    skipSuccessfulRequests: options.failuresOnly ?? false,
    ...(isFailure ? { requestWasSuccessful: (_req: Request, res: Response) => !isFailure(res) } : {}),
    standardHeaders: "draft-8",
    legacyHeaders: false,
    passOnStoreError: true,
    logger: storeErrorsOnceAMinute(options.name),
    store: new RedisStore({
      prefix: `${options.prefix}:rl:${options.name}:`,
      sendCommand: options.sendCommand,
    }),
    keyGenerator: options.key,
    handler: (_req, _res, next) => next(new HttpError(429, "rate_limited", options.message)),
  });
}

/**
 * While Redis is away every request passes unlimited and the library would log each one; one line per
 * limit per minute says the same without burying everything else in the log.
 */
export function storeErrorsOnceAMinute(name: string, clock: () => number = Date.now) {
  let lastAt = Number.NEGATIVE_INFINITY;
  return {
    warn: (message: unknown) => console.warn(message),
    error: (error: unknown, message?: string) => {
      const now = clock();
      if (now - lastAt < 60_000) return;
      lastAt = now;
      console.error(
        `rate limit ${name}: ${message ?? "store error"} (repeats are not logged for a minute)`,
        error,
      );
    },
  };
}

/** The client's address as rate limits see it (IPv6 grouped by /56), after TRUST_PROXY. */
export const clientAddress = (req: Request): string => ipKeyGenerator(req.ip ?? "unknown");

/** Runs limits one after another; the first to refuse answers. */
export const allLimits =
  (...limits: RequestHandler[]): RequestHandler =>
  (req, res, next) => {
    const run = (index: number) => {
      const limit = limits[index];
      if (!limit) return next();
      limit(req, res, (error?: unknown) => (error ? next(error) : run(index + 1)));
    };
    run(0);
  };
