import type { RequestHandler } from "express";
import { allLimits, clientAddress, redisRateLimit, type SendCommand } from "../../http/rate-limit.js";

const FIFTEEN_MINUTES = 15 * 60 * 1000;
const message = "Too many attempts; wait a few minutes before trying again";

/**
 * Failed sign-ins (and password or invitation checks) per address and email, and per address alone for
 * someone trying many emails. Successful attempts are not counted, so a busy shop's tablets behind one
 * address are never locked out.
 */
export function createLoginLimit(options: { sendCommand: SendCommand; prefix: string }): RequestHandler {
  const common = { ...options, windowMs: FIFTEEN_MINUTES, message, failuresOnly: true };
  return allLimits(
    redisRateLimit({ ...common, name: "login-address", limit: 50, key: clientAddress }),
    redisRateLimit({
      ...common,
      name: "login-account",
      limit: 10,
      key: (req) => {
        const body = req.body as { email?: unknown } | undefined;
        const email = typeof body?.email === "string" ? body.email : (req.session?.staff?.email ?? "");
        return `${clientAddress(req)}:${email.trim().toLowerCase()}`;
      },
    }),
  );
}
