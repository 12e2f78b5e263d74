import {
  checkoutRequestSchema,
  checkoutResponseSchema,
  markPaidRequestSchema,
  orderSchema,
} from "@tabletap/shared";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { dinerToken, error, idPath, json, ok, staffOnly } from "../../http/openapi-parts.js";

export const paymentPaths: ZodOpenApiPathsObject = {
  "/api/orders/{id}/checkout": {
    post: {
      ...dinerToken,
      operationId: "startCheckout",
      summary:
        "Open the shop's payment provider for a pay-first order; the provider charges total + tip (body optional)",
      requestParams: { path: idPath },
      requestBody: { ...json(checkoutRequestSchema), required: false },
      responses: {
        "201": ok("Where to send the diner", checkoutResponseSchema),
        "400": error("A negative, fractional or huge tip"),
        "409": error(
          "Nothing left to pay (`payment_not_needed`), online payment is not available, or a different tip was already chosen (`tip_locked`)",
        ),
        "422": error("A tip above the order's total (`tip_too_large`)"),
        "503": error(
          "The shop's provider is not configured on this deployment (`payment_provider_unavailable`); no other provider is used instead",
        ),
      },
    },
  },
  "/api/merchant/orders/{id}/paid": {
    post: {
      ...staffOnly,
      operationId: "markOrderPaid",
      summary: "The diner paid a counter order at the till, with an optional tip recorded apart from sales",
      requestParams: { path: idPath },
      requestBody: json(markPaidRequestSchema),
      responses: {
        "200": ok("The order, paid", z.object({ order: orderSchema })),
        "400": error("A negative, fractional or huge tip"),
        "422": error("A tip above the order's total (`tip_too_large`)"),
        "404": error("No such order in this shop"),
        "409": error("The order is not waiting to be paid at the counter (`payment_not_needed`)"),
      },
    },
  },
};
