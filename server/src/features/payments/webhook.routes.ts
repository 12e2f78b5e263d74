import { randomUUID } from "node:crypto";
import express, { Router } from "express";
import type { RunUnit } from "../../db/unit-of-work.js";
import { HttpError } from "../../http/errors.js";
import type { Logger } from "../../logger.js";
import { storePaymentEvent } from "./payment-events.repository.js";
import type { PaymentProvider } from "./provider.js";

/**
 * Provider notifications. The raw body is verified (a JSON parser would break signatures), the event is
 * stored once per (provider, event id) together with its confirm job, and only after that commit does the
 * provider get its 2xx — so an acknowledged notification can never be lost.
 */
export function webhookRoutes(deps: {
  clock: () => number;
  providers: Record<string, PaymentProvider>;
  runUnit: RunUnit;
  logger: Logger;
}): Router {
  const router = Router();
  router.post("/webhooks/:provider", express.raw({ type: () => true, limit: "64kb" }), async (req, res) => {
    const provider = Object.hasOwn(deps.providers, req.params.provider)
      ? deps.providers[req.params.provider]
      : undefined;
    if (!provider) throw new HttpError(404, "not_found", "Unknown payment provider");
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const verified = provider.verifyNotification(body, req.headers);
    if (!verified.ok) {
      deps.logger.warn({ provider: provider.name, reason: verified.reason }, "refused payment notification");
      throw new HttpError(
        400,
        "invalid_signature",
        `Notification refused: ${verified.reason.replace("_", " ")}`,
      );
    }
    const { event } = verified;
    const acknowledge = (duplicate: boolean) =>
      provider.acknowledgement
        ? res.status(200).type(provider.acknowledgement.contentType).send(provider.acknowledgement.body)
        : res.status(200).json({ received: true, duplicate });
    if (!event) return void acknowledge(false);
    const now = deps.clock();
    const stored = await deps.runUnit(async (unit) => {
      const id = randomUUID();
      const row = { id, provider: provider.name, ...event, outcome: null, receivedAt: now };
      if (!(await storePaymentEvent(unit.trx, row))) return false; // a duplicate: already stored and queued
      await unit.enqueue({ name: "payment.confirm", payload: { paymentEventId: id }, now });
      return true;
    });
    acknowledge(!stored);
  });
  return router;
}
