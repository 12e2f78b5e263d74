import type { Request, RequestHandler } from "express";
import { allLimits, clientAddress, redisRateLimit, type SendCommand } from "../../http/rate-limit.js";

const MINUTE = 60 * 1000;
const message = "Too many orders in a short time; wait a minute, or ask the staff";

/**
 * Limits on placing orders, against a copied table code flooding a kitchen. Per address it is generous
 * (a restaurant's diners often share the shop's Wi-Fi address); per table it is what a table can really
 * order; the counter code, shared by every takeaway customer, gets more.
 */
export function createOrderLimit(options: {
  sendCommand: SendCommand;
  prefix: string;
  perTable: number;
  perAddress: number;
}): RequestHandler {
  const common = { sendCommand: options.sendCommand, prefix: options.prefix, windowMs: MINUTE, message };
  return allLimits(
    redisRateLimit({ ...common, name: "orders-address", limit: options.perAddress, key: clientAddress }),
    redisRateLimit({
      ...common,
      name: "orders-code",
      limit: (req) => (typeof tableTokenOf(req) === "string" ? options.perTable : options.perTable * 6),
      key: (req) => {
        const table = tableTokenOf(req);
        if (typeof table === "string") return `table:${table}`;
        return `counter:${String((req.body as { counterToken?: unknown } | undefined)?.counterToken ?? "")}`;
      },
    }),
  );
}

const tableTokenOf = (req: Request): unknown =>
  (req.body as { tableToken?: unknown } | undefined)?.tableToken;
