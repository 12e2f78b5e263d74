import { merchantRatingsSchema, orderRatingsSchema, rateOrderRequestSchema } from "@tabletap/shared";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { dinerToken, error, idPath, json, ok, requires } from "../../http/openapi-parts.js";

export const ratingPaths: ZodOpenApiPathsObject = {
  "/api/orders/{id}/ratings": {
    get: {
      ...dinerToken,
      operationId: "listOrderRatings",
      summary: "The ratings this order's diner already gave, by line",
      requestParams: { path: idPath },
      responses: { "200": ok("Ratings given", orderRatingsSchema) },
    },
    post: {
      ...dinerToken,
      operationId: "rateOrder",
      summary: "Rate dishes of a completed order, 1–5 with an optional short comment, once per line",
      requestParams: { path: idPath },
      requestBody: json(rateOrderRequestSchema),
      responses: {
        "201": ok("Stored (all or none); every rating of the order", orderRatingsSchema),
        "400": error("Score outside 1–5, comment too long, unknown fields, or the same line twice"),
        "409": error(
          "The order is not completed (`order_not_completed`) or a line is rated (`already_rated`)",
        ),
        "422": error("A line that is not part of this order (`unknown_line`)"),
      },
    },
  },
  "/api/merchant/ratings": {
    get: {
      ...requires("reports.read"),
      operationId: "listDishRatings",
      summary: "Diners' ratings per dish: average, count, spread and newest comments",
      responses: { "200": ok("Rated dishes, lowest average first", merchantRatingsSchema) },
    },
  },
};
