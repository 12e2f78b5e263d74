import { type DishRatings, type LineRating, MAX_SCORE, type RatingSummary } from "@tabletap/shared";
import type { Db } from "../../db/database.js";

const RECENT_COMMENTS = 5;

const toSummary = (total: number, count: number): RatingSummary => ({
  // One decimal: what a diner reads ("4.3"), and the same on both dialects (no SQL avg() types involved).
  average: Math.round((total / count) * 10) / 10,
  count,
});

/** Every rated dish of the shop with its average, in one GROUP BY: the menu adds it to each item. */
export async function ratingSummaries(db: Db, shopId: string): Promise<Map<string, RatingSummary>> {
  const rows = await db
    .selectFrom("dishRatings")
    .select((eb) => [
      "itemId",
      eb.fn.sum<number | string>("score").as("total"),
      eb.fn.countAll<number | string>().as("count"),
    ])
    .where("shopId", "=", shopId)
    .groupBy("itemId")
    .execute();
  return new Map(rows.map((row) => [row.itemId, toSummary(Number(row.total), Number(row.count))]));
}

/** What the diner of one order already rated, so the rating screen shows those lines as done. */
export async function findOrderRatings(db: Db, orderId: string): Promise<LineRating[]> {
  const rows = await db
    .selectFrom("dishRatings")
    .select(["orderLineId", "score", "comment", "createdAt"])
    .where("orderId", "=", orderId)
    .execute();
  return rows.map((row) => ({
    lineId: row.orderLineId,
    score: row.score,
    comment: row.comment,
    createdAt: new Date(Number(row.createdAt)).toISOString(),
  }));
}

/** The console's Ratings view: per dish the average, the spread of scores and the newest comments. */
export async function findShopRatings(db: Db, shopId: string): Promise<DishRatings[]> {
  const [scores, comments] = await Promise.all([
    db
      .selectFrom("dishRatings")
      .innerJoin("items", "items.id", "dishRatings.itemId")
      .select((eb) => [
        "dishRatings.itemId",
        "items.name",
        "dishRatings.score",
        eb.fn.countAll<number | string>().as("count"),
      ])
      .where("dishRatings.shopId", "=", shopId)
      .groupBy(["dishRatings.itemId", "items.name", "dishRatings.score"])
      .execute(),
    // The newest comments of the whole shop, enough to fill five per dish for the busiest ones.
    db
      .selectFrom("dishRatings")
      .select(["itemId", "score", "comment", "createdAt"])
      .where("shopId", "=", shopId)
      .where("comment", "<>", "")
      .orderBy("createdAt", "desc")
      .orderBy("id")
      .limit(500)
      .execute(),
  ]);

  const dishes = new Map<string, DishRatings>();
  for (const row of scores) {
    const dish = dishes.get(row.itemId) ?? {
      itemId: row.itemId,
      name: row.name,
      average: 0,
      count: 0,
      histogram: Array.from({ length: MAX_SCORE }, () => 0),
      recent: [],
    };
    dish.histogram[row.score - 1] = Number(row.count);
    dishes.set(row.itemId, dish);
  }
  for (const dish of dishes.values()) {
    const count = dish.histogram.reduce((sum, n) => sum + n, 0);
    const total = dish.histogram.reduce((sum, n, index) => sum + n * (index + 1), 0);
    Object.assign(dish, toSummary(total, count));
  }
  for (const row of comments) {
    const dish = dishes.get(row.itemId);
    if (!dish || dish.recent.length >= RECENT_COMMENTS) continue;
    dish.recent.push({
      score: row.score,
      comment: row.comment,
      createdAt: new Date(Number(row.createdAt)).toISOString(),
    });
  }
  // Lowest first: the dishes a manager should look at come to the top.
  return [...dishes.values()].sort((a, b) => a.average - b.average || b.count - a.count);
}
