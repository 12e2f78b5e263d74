import { z } from "zod";
import { freeText } from "../orders/schemas.js";

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;
export const MAX_RATING_COMMENT = 200;

const score = z.int().min(MIN_SCORE).max(MAX_SCORE).describe("1 (poor) to 5 (excellent)");

export const lineRatingInputSchema = z
  .object({
    lineId: z.uuid(),
    score,
    comment: freeText(MAX_RATING_COMMENT).optional().describe("Shown to the shop as plain text"),
  })
  .strict();

/** Body of `POST /api/orders/:id/ratings`: some of a completed order's lines, each rated once. */
export const rateOrderRequestSchema = z
  .object({ ratings: z.array(lineRatingInputSchema).min(1).max(50) })
  .strict()
  .refine((body) => new Set(body.ratings.map((r) => r.lineId)).size === body.ratings.length, {
    message: "each line may be rated once",
    path: ["ratings"],
  })
  .meta({ id: "RateOrderRequest" });

export const lineRatingSchema = z
  .object({ lineId: z.string(), score, comment: z.string(), createdAt: z.iso.datetime() })
  .meta({ id: "LineRating" });

/** The ratings this order's diner already gave, by line. */
export const orderRatingsSchema = z
  .object({ ratings: z.array(lineRatingSchema) })
  .meta({ id: "OrderRatings" });

export const dishCommentSchema = z.object({ score, comment: z.string(), createdAt: z.iso.datetime() });

/** One dish in the console's Ratings view. */
export const dishRatingsSchema = z
  .object({
    itemId: z.string(),
    name: z.string().describe("The dish's current name, or its name when last ordered if it was deleted"),
    average: z.number(),
    count: z.int(),
    /** How many of each score, 1 to 5 (index 0 is the count of 1s). */
    histogram: z.array(z.int()).length(MAX_SCORE),
    recent: z.array(dishCommentSchema).describe("The newest comments, at most five"),
  })
  .meta({ id: "DishRatings" });

export const merchantRatingsSchema = z
  .object({ dishes: z.array(dishRatingsSchema) })
  .meta({ id: "MerchantRatings" });

export type RateOrderRequest = z.infer<typeof rateOrderRequestSchema>;
export type LineRating = z.infer<typeof lineRatingSchema>;
export type OrderRatings = z.infer<typeof orderRatingsSchema>;
export type DishRatings = z.infer<typeof dishRatingsSchema>;
export type MerchantRatings = z.infer<typeof merchantRatingsSchema>;
