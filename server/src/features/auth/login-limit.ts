import type { RequestHandler } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import type { Redis } from "ioredis";
import { type RedisReply, RedisStore } from "rate-limit-redis";
import { HttpError } from "../../http/errors.js";

/**
 * Failed sign-ins (and password or invitation checks) are counted in Redis, so every API node shares the
 * count: per address and email, and per address alone for someone trying many emails. Successful
 * attempts are not counted, so a busy shop's tablets behind one address are never locked out.
 */
export function createLoginLimit(options: {
  redis: Redis;
  prefix: string;
  windowMs?: number;
  perAccount?: number;
  perAddress?: number;
}): RequestHandler {
  const windowMs = options.windowMs ?? 15 * 60 * 1000;
  const store = (name: string) =>
    new RedisStore({
      prefix: `${options.prefix}:rl:${name}:`,
      sendCommand: (command: string, ...args: string[]) =>
        options.redis.call(command, ...args) as Promise<RedisReply>,
    });
  const refuse = () =>
    new HttpError(429, "rate_limited", "Too many attempts; wait a few minutes before trying again");
  const common = {
    windowMs,
    skipSuccessfulRequests: true,
    standardHeaders: "draft-8" as const,
    legacyHeaders: false,
    // Sign-in must keep working if Redis hiccups; the session store would refuse anyway when it is down.
    passOnStoreError: true,
    handler: (_req: unknown, _res: unknown, next: (error: unknown) => void) => next(refuse()),
  };
  const address = (req: { ip?: string }) => ipKeyGenerator(req.ip ?? "unknown");
  const perAccount = rateLimit({
    ...common,
    limit: options.perAccount ?? 10,
    store: store("account"),
    keyGenerator: (req) => {
      const body = req.body as { email?: unknown } | undefined;
      const email = typeof body?.email === "string" ? body.email : (req.session?.staff?.email ?? "");
      return `${address(req)}:${email.trim().toLowerCase()}`;
    },
  });
  const perAddress = rateLimit({
    ...common,
    limit: options.perAddress ?? 50,
    store: store("address"),
    keyGenerator: address,
  });
  return (req, res, next) =>
    perAddress(req, res, (error?: unknown) => (error ? next(error) : perAccount(req, res, next)));
}
