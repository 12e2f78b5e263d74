import type { WaitResponse } from "@tabletap/shared";
import { Router } from "express";
import type { Db } from "../../db/database.js";
import { requireOrderToken } from "../auth/index.js";
import { estimateOrderWait } from "./wait-estimate.js";

/** `GET /api/orders/:id/wait`: the diner's estimated wait, with the order's token like the order itself. */
export function waitRoutes(deps: { db: Db; clock: () => number }): Router {
  const router = Router();
  router.get("/orders/:id/wait", async (req, res) => {
    const orderId = await requireOrderToken(deps.db, req, req.params.id);
    const body: WaitResponse = { estimate: await estimateOrderWait(deps.db, orderId, deps.clock()) };
    res.set("Cache-Control", "no-store").json(body);
  });
  return router;
}
