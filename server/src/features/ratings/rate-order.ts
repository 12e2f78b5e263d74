import type { RateOrderRequest } from "@tabletap/shared";
import { type Db, isUniqueViolation } from "../../db/database.js";
import { done, fail, type Outcome } from "../../lib/result.js";
import { anyLineRated, findRatedOrder, insertRatings, orderLineItems } from "./rate-order.repository.js";

const alreadyRated = () => fail("already_rated", "You have already rated this dish for this order");

/**
 * Stores a diner's ratings of some lines of their order, all or none. Only a completed order can be rated
 * (the diner has eaten), each line once: the unique constraint on the line decides between racing taps.
 */
export async function rateOrder(
  deps: { db: Db; clock: () => number },
  options: { orderId: string; request: RateOrderRequest },
): Promise<Outcome> {
  const { orderId, request } = options;
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const order = await findRatedOrder(trx, orderId);
      if (order.status !== "completed") {
        return fail("order_not_completed", "Dishes can be rated once the order is completed");
      }
      const lineIds = request.ratings.map((rating) => rating.lineId);
      const itemOf = await orderLineItems(trx, orderId, lineIds);
      const unknown = lineIds.find((id) => !itemOf.has(id));
      if (unknown) return fail("unknown_line", `Line ${unknown} is not part of this order`);
      if (await anyLineRated(trx, lineIds)) return alreadyRated();
      const now = deps.clock();
      await insertRatings(
        trx,
        request.ratings.map((rating) => ({
          shopId: order.shopId,
          orderId,
          orderLineId: rating.lineId,
          itemId: itemOf.get(rating.lineId) ?? "",
          score: rating.score,
          comment: rating.comment ?? "",
          createdAt: now,
        })),
      );
      return done;
    });
  } catch (error) {
    // A concurrent request rated the same line between our check and our insert.
    if (isUniqueViolation(error)) return alreadyRated();
    throw error;
  }
}
