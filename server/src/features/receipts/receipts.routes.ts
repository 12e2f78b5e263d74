import { emailReceiptRequestSchema, type ReceiptLink } from "@tabletap/shared";
import { type RequestHandler, Router } from "express";
import type { Db } from "../../db/database.js";
import type { RunUnit } from "../../db/unit-of-work.js";
import { sendFailure } from "../../http/error-status.js";
import { HttpError, parseOr400 } from "../../http/errors.js";
import { isToken } from "../../http/ids.js";
import { allLimits, clientAddress, redisRateLimit, type SendCommand } from "../../http/rate-limit.js";
import { requireOrderToken } from "../auth/index.js";
import { queueReceiptEmail } from "./receipt-email.js";
import { ensureReceiptToken, findReceiptOrderId, loadReceipt, receiptPath } from "./receipts.repository.js";

const HOUR = 60 * 60 * 1000;
/** Receipt emails one order may ask for per hour, and one client address (against using us to spam). */
export const RECEIPT_EMAILS_PER_ORDER = 3;
export const RECEIPT_EMAILS_PER_ADDRESS = 10;

export interface ReceiptRouteDeps {
  db: Db;
  clock: () => number;
  runUnit: RunUnit;
  rateLimitCommand: SendCommand;
  redisPrefix: string;
}

const noSuchReceipt = () => new HttpError(404, "not_found", "No such receipt");

/** Receipts: made and emailed by the order's diner (order token), read by anyone holding the link. */
export function receiptRoutes(deps: ReceiptRouteDeps): Router {
  const router = Router();

  router.post("/orders/:id/receipt", async (req, res) => {
    const orderId = await requireOrderToken(deps.db, req, req.params.id);
    const link = await ensureReceiptToken(deps.db, orderId, deps.clock());
    if (!link.ok) return sendFailure(res, link);
    const body: ReceiptLink = { receiptToken: link.value, path: receiptPath(link.value) };
    res.json(body);
  });

  router.get("/receipts/:token", async (req, res) => {
    if (!isToken(req.params.token)) throw noSuchReceipt();
    const orderId = await findReceiptOrderId(deps.db, req.params.token);
    const receipt = orderId && (await loadReceipt(deps.db, orderId));
    if (!receipt) throw noSuchReceipt();
    // Nobody's personal data, but still nothing for shared caches to keep.
    res.set("Cache-Control", "private, no-store").json(receipt);
  });

  const checkRequest: RequestHandler = async (req, res, next) => {
    try {
      res.locals.orderId = await requireOrderToken(deps.db, req, String(req.params.id));
      res.locals.email = parseOr400(emailReceiptRequestSchema, req.body, "email").email;
      next();
    } catch (error) {
      next(error);
    }
  };
  const common = {
    sendCommand: deps.rateLimitCommand,
    prefix: deps.redisPrefix,
    windowMs: HOUR,
    message: "Too many receipt emails; please try again later",
  };
  const emailLimit = allLimits(
    redisRateLimit({
      ...common,
      name: "receipt-email-address",
      limit: RECEIPT_EMAILS_PER_ADDRESS,
      key: clientAddress,
    }),
    redisRateLimit({
      ...common,
      name: "receipt-email-order",
      limit: RECEIPT_EMAILS_PER_ORDER,
      key: (req) => String(req.params.id),
    }),
  );
  // Counted only once the token and the address checked out: strangers cannot use up an order's emails.
  router.post("/orders/:id/receipt/email", checkRequest, emailLimit, async (_req, res) => {
    const { orderId, email } = res.locals as { orderId: string; email: string };
    const queued = await queueReceiptEmail(deps, { orderId, email });
    if (!queued.ok) return sendFailure(res, queued);
    res.status(202).json({ queued: true });
  });

  return router;
}
