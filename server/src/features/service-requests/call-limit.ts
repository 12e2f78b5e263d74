import type { RequestHandler } from "express";
import { redisRateLimit, type SendCommand } from "../../http/rate-limit.js";

/** Calls a table's phones may send in a minute: a worried table tapping again stays below it. */
export const CALLS_PER_TABLE_PER_MINUTE = 10;

/**
 * Calls for staff per table code, counted in Redis like orders are, so a copied code cannot keep a
 * board chiming; repeats of an open call count too. Counted before any database read.
 */
export function createCallLimit(options: { sendCommand: SendCommand; prefix: string }): RequestHandler {
  return redisRateLimit({
    ...options,
    name: "service-calls",
    windowMs: 60 * 1000,
    limit: CALLS_PER_TABLE_PER_MINUTE,
    key: (req) => `table:${String(req.params.token)}`,
    message: "Too many calls from this table in a short time; a member of staff is on the way",
  });
}
