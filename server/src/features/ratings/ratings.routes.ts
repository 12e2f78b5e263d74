import { type MerchantRatings, type OrderRatings, rateOrderRequestSchema } from "@tabletap/shared";
import { Router } from "express";
import type { Db } from "../../db/database.js";
import { sendFailure } from "../../http/error-status.js";
import { parseOr400 } from "../../http/errors.js";
import { currentStaff, requireOrderToken, requirePermission } from "../auth/index.js";
import { rateOrder } from "./rate-order.js";
import { findOrderRatings, findShopRatings } from "./ratings.repository.js";

interface RatingsDeps {
  db: Db;
  clock: () => number;
}

/** A diner rates the dishes of their own completed order; the order token is the only credential. */
export function dinerRatingRoutes(deps: RatingsDeps): Router {
  const router = Router();

  router.get("/orders/:id/ratings", async (req, res) => {
    const orderId = await requireOrderToken(deps.db, req, req.params.id);
    const body: OrderRatings = { ratings: await findOrderRatings(deps.db, orderId) };
    res.set("Cache-Control", "no-store").json(body);
  });

  router.post("/orders/:id/ratings", async (req, res) => {
    const orderId = await requireOrderToken(deps.db, req, req.params.id);
    const request = parseOr400(rateOrderRequestSchema, req.body, "ratings");
    const rated = await rateOrder(deps, { orderId, request });
    if (!rated.ok) return sendFailure(res, rated);
    const body: OrderRatings = { ratings: await findOrderRatings(deps.db, orderId) };
    res.status(201).json(body);
  });

  return router;
}

/** The console's Ratings view, for those who read reports; mounted after requireStaff. */
export function merchantRatingRoutes(deps: RatingsDeps): Router {
  const router = Router();
  router.get("/ratings", requirePermission("reports.read"), async (_req, res) => {
    const { shopId } = currentStaff(res.locals);
    const body: MerchantRatings = { dishes: await findShopRatings(deps.db, shopId) };
    res.set("Cache-Control", "no-store").json(body);
  });
  return router;
}
