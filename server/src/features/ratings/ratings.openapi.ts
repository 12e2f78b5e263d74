import { merchantRatingsSchema, orderRatingsSchema, rateOrderRequestSchema } from "@tabletap/shared";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { error, idPath, json, ok, staffOnly } from "../../http/openapi-parts.js";

export const ratingPaths: ZodOpenApiPathsObject = {
  "/api/orders/{id}/ratings": {
    get: {
      tags: ["diner"],
      security: [{ orderToken: [] }],
      summary: "The ratings this order's diner already gave, by line",
      requestParams: { path: idPath },
      responses: {
        "200": ok("Ratings given", orderRatingsSchema),
        "401": error("No token"),
        "404": error("No such order for this token"),
      },
    },
    post: {
      tags: ["diner"],
      security: [{ orderToken: [] }],
      summary: "Rate dishes of a completed order, 1–5 with an optional short comment, once per line",
      requestParams: { path: idPath },
      requestBody: json(rateOrderRequestSchema),
      responses: {
        "201": ok("Stored (all or none); every rating of the order", orderRatingsSchema),
        "400": error("Score outside 1–5, comment too long, unknown fields, or the same line twice"),
        "404": error("No such order for this token"),
        "409": error(
          "The order is not completed (`order_not_completed`) or a line is rated (`already_rated`)",
        ),
        "422": error("A line that is not part of this order (`unknown_line`)"),
      },
    },
  },
  "/api/merchant/ratings": {
    get: {
      ...staffOnly,
      summary: "Diners' ratings per dish: average, count, spread and newest comments (`reports.read`)",
      responses: {
        "200": ok("Rated dishes, lowest average first", merchantRatingsSchema),
        "401": error("Not signed in"),
        "403": error("The role may not read reports"),
      },
    },
  },
};
