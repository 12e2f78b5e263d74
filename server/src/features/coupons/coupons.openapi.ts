import {
  couponCreateRequestSchema,
  couponEnvelopeSchema,
  couponListSchema,
  couponPreviewRequestSchema,
  couponPreviewSchema,
  couponUpdateRequestSchema,
} from "@tabletap/shared";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { error, idPath, json, limited, ok, requires } from "../../http/openapi-parts.js";

const managers = requires("coupons.manage");

const refusals =
  "`coupon_expired`, `coupon_not_started`, `coupon_paused` or `coupon_min_spend` (422); " +
  "`coupon_used_up` or `coupon_device_limit` (409); `coupon_not_found` (404). Each message is an English " +
  "sentence for the diner; apps in other languages word the code themselves, using `details` " +
  "(`coupon_min_spend`: `minSpend` in minor units with the shop's `currency` and `locale`; " +
  "`coupon_not_started`: `startsAt` as ISO time and the shop's `timeZone`).";

export const couponPaths: ZodOpenApiPathsObject = {
  "/api/merchant/coupons": {
    get: {
      ...managers,
      operationId: "listCoupons",
      summary: "The shop's promotion codes with their rules and how often each is used",
      responses: { "200": ok("Coupons, newest first", couponListSchema) },
    },
    post: {
      ...managers,
      operationId: "createCoupon",
      summary:
        "Create a code: percent or fixed amount off, minimum spend, window (shop's local time), limits",
      requestBody: json(couponCreateRequestSchema),
      responses: {
        "201": ok("Created", couponEnvelopeSchema),
        "400": error("Invalid rules (a percentage over 100, an end before the start, …)"),
        "409": error("Another coupon in this shop has this code (`coupon_code_taken`)"),
      },
    },
  },
  "/api/merchant/coupons/{id}": {
    patch: {
      ...managers,
      operationId: "updateCoupon",
      summary: "Change a code's rules, or pause and resume it",
      requestParams: { path: idPath },
      requestBody: json(couponUpdateRequestSchema),
      responses: {
        "200": ok("Changed", couponEnvelopeSchema),
        "400": error("Invalid rules"),
        "404": error("No such coupon in this shop (`not_found`)"),
      },
    },
  },
  "/api/coupons/preview": {
    post: {
      operationId: "previewCoupon",
      tags: ["diner"],
      summary:
        "Check a code against a cart and show its discount, without using it (the order checks again and uses it)",
      requestBody: json(couponPreviewRequestSchema),
      responses: {
        "200": ok("The discount on this cart", couponPreviewSchema),
        "400": error("Malformed body"),
        "404": error(`Unknown QR token (\`table_not_found\`) or code (\`coupon_not_found\`)`),
        "409": error(refusals),
        "422": error(refusals),
        ...limited(
          "Too many wrong codes (404) from this table code, device or address in 15 minutes: every code is refused, the real one too, until the window ends",
        ),
      },
    },
  },
};
