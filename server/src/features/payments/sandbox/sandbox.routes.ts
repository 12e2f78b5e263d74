import { randomUUID } from "node:crypto";
import express, { Router } from "express";
import { z } from "zod";
import type { Db } from "../../../db/database.js";
import type { RunUnit } from "../../../db/unit-of-work.js";
import { renderCheckoutPage } from "./sandbox.page.js";
import { closeSandboxCheckout, findSandboxCheckout } from "./sandbox-checkouts.repository.js";

/**
 * Test knobs a form field (or a test) can set on "Pay": delay before delivery, duplicate deliveries,
 * out-of-order delivery (a stale "failed" arrives before the success), or a failed payment.
 */
const knobsSchema = z.object({
  delay_ms: z.coerce.number().int().min(0).max(600_000).default(0),
  duplicates: z.coerce.number().int().min(0).max(20).default(0),
  out_of_order: z.enum(["0", "1"]).default("0"),
  fail: z.enum(["0", "1"]).default("0"),
});
type Knobs = z.infer<typeof knobsSchema>;

interface SandboxRouteDeps {
  db: Db;
  clock: () => number;
  /** Closing a checkout and queueing its deliveries is one change; the dispatcher hears of it after. */
  runUnit: RunUnit;
}

export function sandboxRoutes(deps: SandboxRouteDeps): Router {
  const router = Router();
  router.use(express.urlencoded({ extended: false, limit: "4kb" }));

  const load = async (id: string) =>
    /^cs_[0-9a-f]{32}$/.test(id) ? findSandboxCheckout(deps.db, id) : undefined;

  router.get("/:id", async (req, res) => {
    const checkout = await load(req.params.id);
    if (!checkout) return void res.status(404).type("text").send("No such checkout");
    res.set("Cache-Control", "no-store").type("html").send(renderCheckoutPage(checkout));
  });

  router.post("/:id/:decision", async (req, res) => {
    const { id, decision } = req.params;
    const knobs = knobsSchema.safeParse(req.body ?? {});
    const checkout = await load(id);
    if (!checkout || !knobs.success || (decision !== "pay" && decision !== "cancel")) {
      return void res.status(400).type("text").send("Bad request");
    }
    // Cancel is the diner backing out, as with a real provider's cancel URL: nothing is charged, nothing is
    // reported, and the checkout stays open so "Pay now" on the order page brings them back to it.
    if (decision === "pay" && checkout.status === "open") await settle(deps, id, knobs.data);
    res.redirect(303, checkout.returnUrl);
  });

  return router;
}

/** Closes an open checkout as paid (or failed, with the `fail` knob) and queues its notifications. */
async function settle(deps: SandboxRouteDeps, id: string, knobs: Knobs): Promise<void> {
  const failed = knobs.fail === "1";
  await deps.runUnit(async (unit) => {
    if (!(await closeSandboxCheckout(unit.trx, id, failed ? "failed" : "paid"))) return;
    const now = deps.clock();
    const deliver = (type: "payment.succeeded" | "payment.failed", eventId: string, delayMs: number) =>
      unit.enqueue({
        name: "sandbox.deliver",
        payload: { checkoutId: id, eventId, type },
        now,
        delayMs,
      });
    const main = failed ? "payment.failed" : "payment.succeeded";
    const mainId = `evt_${randomUUID()}`;
    const base = knobs.delay_ms;
    if (knobs.out_of_order === "1" && !failed) await deliver("payment.failed", `evt_${randomUUID()}`, base);
    const after = knobs.out_of_order === "1" ? base + 300 : base;
    for (let copy = 0; copy <= knobs.duplicates; copy++) await deliver(main, mainId, after);
  });
}
