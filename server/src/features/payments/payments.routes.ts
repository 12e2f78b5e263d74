import { checkoutRequestSchema, markPaidRequestSchema } from "@tabletap/shared";
import { Router } from "express";
import type { Db } from "../../db/database.js";
import type { RunUnit } from "../../db/unit-of-work.js";
import { sendFailure } from "../../http/error-status.js";
import { parseOr400 } from "../../http/errors.js";
import { uuidParam } from "../../http/ids.js";
import type { Publisher } from "../../realtime/publisher.js";
import { currentStaff, requireOrderToken } from "../auth/index.js";
import { startCheckout } from "./checkout.js";
import { recordCounterPayment } from "./counter-payment.js";
import type { PaymentProvider } from "./provider.js";

export interface PaymentRouteDeps {
  db: Db;
  clock: () => number;
  publicUrl: string;
  publisher: Publisher;
  providers: Record<string, PaymentProvider>;
  /** Runs one change and what follows its commit (the order's event). */
  runUnit: RunUnit;
}

/** Diner: open the provider's checkout for a pay-first order. */
export function dinerPaymentRoutes(deps: PaymentRouteDeps): Router {
  const router = Router();
  router.post("/orders/:id/checkout", async (req, res) => {
    const orderId = await requireOrderToken(deps.db, req, req.params.id);
    // The body is optional: clients from before tips send none.
    const { tip } = parseOr400(checkoutRequestSchema, req.body ?? {}, "checkout");
    const checkout = await startCheckout(deps, orderId, tip);
    if (!checkout.ok) return sendFailure(res, checkout);
    res.status(201).json(checkout.value);
  });
  return router;
}

/** Staff: the diner paid at the counter, in cash or by card. */
export function merchantPaymentRoutes(deps: PaymentRouteDeps): Router {
  const router = Router();
  router.post("/orders/:id/paid", async (req, res) => {
    const staff = currentStaff(res.locals);
    const { tender, tip = 0 } = parseOr400(markPaidRequestSchema, req.body, "payment");
    const orderId = uuidParam(req.params.id, "No such order in this shop");
    const recorded = await recordCounterPayment(deps, { staff, orderId, tender, tip });
    if (!recorded.ok) return sendFailure(res, recorded);
    res.json({ order: recorded.value });
  });
  return router;
}
