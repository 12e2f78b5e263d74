import type { Request, RequestHandler } from "express";
import { allLimits, clientAddress, redisRateLimit, type SendCommand } from "../../http/rate-limit.js";

const WINDOW_MS = 15 * 60 * 1000;
const message = "Too many codes that don't work; wait a few minutes, or ask a member of staff";

export interface CouponGuessLimits {
  /** Wrong guesses per window from one table code (the counter code, shared by every takeaway, gets 6×)… */
  perTable: number;
  /** …from one diner app (its device id: a weak identity, but it keeps one phone from spoiling a table)… */
  perDevice: number;
  /** …and from one client address. */
  perAddress: number;
}

/**
 * Limits guessing coupon codes, on the cart's preview and on orders carrying a code alike (the same
 * counters, in Redis, so every API node shares them). Wrong guesses count: an unknown code or table code
 * (404). Every attempt is counted before it is tried and given back once it ends otherwise, so a burst
 * of guesses sent at once is cut at the limit like a slow one; a code that works, or is refused for its
 * own rules, costs nothing once answered. Once a key is over its limit every request with a code is
 * refused with 429 until the window ends, the real code too, so a script learns nothing meanwhile.
 * Requests without a code pass untouched.
 */
export function createCouponGuessLimit(
  options: CouponGuessLimits & { sendCommand: SendCommand; prefix: string },
): RequestHandler {
  const common = {
    sendCommand: options.sendCommand,
    prefix: options.prefix,
    windowMs: WINDOW_MS,
    message,
    failuresOnly: true,
    isFailure: (res: { statusCode: number }) => res.statusCode === 404,
  };
  const perDevice = redisRateLimit({
    ...common,
    name: "coupon-guesses-device",
    limit: options.perDevice,
    key: (req) => String(bodyOf(req).deviceId),
  });
  const limits = allLimits(
    redisRateLimit({
      ...common,
      name: "coupon-guesses-address",
      limit: options.perAddress,
      key: clientAddress,
    }),
    redisRateLimit({
      ...common,
      name: "coupon-guesses-code",
      limit: (req) => (typeof bodyOf(req).tableToken === "string" ? options.perTable : options.perTable * 6),
      key: (req) => {
        const { tableToken, counterToken } = bodyOf(req);
        return typeof tableToken === "string"
          ? `table:${tableToken}`
          : `counter:${String(counterToken ?? "")}`;
      },
    }),
    (req, res, next) => (typeof bodyOf(req).deviceId === "string" ? perDevice(req, res, next) : next()),
  );
  return (req, res, next) => (bodyOf(req).couponCode === undefined ? next() : limits(req, res, next));
}

const bodyOf = (req: Request): Record<string, unknown> =>
  typeof req.body === "object" && req.body !== null ? (req.body as Record<string, unknown>) : {};
