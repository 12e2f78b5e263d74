import { ratingContract } from "@tabletap/shared";
import { dinerToken, documented, error, paths, requires } from "../../http/openapi-parts.js";

export const ratingPaths = paths(
  documented(ratingContract.listOrderRatings, {
    ...dinerToken,
    summary: "The ratings this order's diner already gave, by line",
    success: "Ratings given",
  }),
  documented(ratingContract.rateOrder, {
    ...dinerToken,
    summary: "Rate dishes of a completed order, 1–5 with an optional short comment, once per line",
    success: "Stored (all or none); every rating of the order",
    responses: {
      "400": error("Score outside 1–5, comment too long, unknown fields, or the same line twice"),
      "409": error("The order is not completed (`order_not_completed`) or a line is rated (`already_rated`)"),
      "422": error("A line that is not part of this order (`unknown_line`)"),
    },
  }),
  documented(ratingContract.listDishRatings, {
    ...requires("reports.read"),
    summary: "Diners' ratings per dish: average, count, spread and newest comments",
    success: "Rated dishes, lowest average first",
  }),
);
