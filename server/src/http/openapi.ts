import {
  createOrderRequestSchema,
  createOrderResponseSchema,
  idempotencyKeySchema,
  loginRequestSchema,
  orderListSchema,
  orderSchema,
  setStatusRequestSchema,
  staffSessionSchema,
  tableMenuSchema,
} from "@tabletap/shared";
import { z } from "zod";
import { createDocument, type oas31 } from "zod-openapi";
import { couponPaths } from "../features/coupons/index.js";
import { menuPaths } from "../features/menu/index.js";
import { notificationPaths } from "../features/notifications/index.js";
import { boardPaths, staffOrderOperation, waitPaths } from "../features/orders/index.js";
import { paymentPaths, webhookPaths } from "../features/payments/index.js";
import { ratingPaths } from "../features/ratings/index.js";
import { receiptPaths } from "../features/receipts/index.js";
import { reportsPaths } from "../features/reports/index.js";
import { shopSettingsPaths } from "../features/shops/index.js";
import { staffPaths } from "../features/staff/index.js";
import { tabPaths } from "../features/table-tab/index.js";
import { tablesPaths } from "../features/tables/index.js";
import { withGuards } from "./openapi-guards.js";
import { dinerToken, error, idPath, json, limited, ok, staffOnly } from "./openapi-parts.js";

const tokenPath = z.object({ token: z.string().describe("The QR token of a table or counter") });
const part = z.enum(["up", "down"]);
const healthSchema = z.object({ ok: z.boolean(), db: part, redis: part });

/** The public contract, generated from the same zod schemas the server validates with. */
export function buildOpenApiDocument(publicUrl: string): oas31.OpenAPIObject {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "TableTap API",
      version: "1.0.0",
      description: 'Errors are always `{"error": {"code", "message"}}`. Money is in integer minor units.',
      license: { name: "Proprietary", identifier: "LicenseRef-TableTap" },
    },
    servers: [{ url: publicUrl }],
    components: {
      securitySchemes: {
        staffSession: { type: "apiKey", in: "cookie", name: "tt.sid" },
        orderToken: { type: "http", scheme: "bearer" },
      },
    },
    paths: withGuards({
      ...paymentPaths,
      ...webhookPaths,
      ...couponPaths,
      ...ratingPaths,
      ...receiptPaths,
      ...notificationPaths,
      ...staffPaths,
      ...tablesPaths,
      ...menuPaths,
      ...boardPaths,
      ...shopSettingsPaths,
      ...tabPaths,
      ...waitPaths,
      ...reportsPaths,
      "/api/health": {
        get: {
          operationId: "getHealth",
          summary: "Database and Redis liveness",
          responses: {
            "200": ok("Both up", healthSchema),
            "503": ok("A part is down (same body, naming it)", healthSchema),
          },
        },
      },
      "/api/openapi.json": {
        get: {
          operationId: "getOpenApiDocument",
          summary: "This document: the contract, generated from the schemas the server validates with",
          responses: {
            "200": ok(
              "OpenAPI 3.1",
              z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) }),
            ),
          },
        },
      },
      "/api/tables/{token}": {
        get: {
          operationId: "getTableMenu",
          tags: ["diner"],
          summary: "Shop, table and menu for the diner page",
          requestParams: { path: tokenPath },
          responses: {
            "200": ok("The menu", tableMenuSchema),
            "404": error(
              "Unknown or inactive QR token (`table_not_found`), or a code staff replaced (`table_code_replaced`)",
            ),
          },
        },
      },
      "/api/orders": {
        post: {
          operationId: "placeOrder",
          tags: ["diner"],
          summary: "Place an order (prices and totals are computed by the server)",
          requestParams: { header: z.object({ "Idempotency-Key": idempotencyKeySchema }) },
          requestBody: json(createOrderRequestSchema),
          responses: {
            "201": ok(
              "Created, or the earlier order for the same Idempotency-Key",
              createOrderResponseSchema,
            ),
            "400": error("Malformed body, unknown fields, bad quantity or missing Idempotency-Key"),
            "404": error("Unknown or inactive table/counter token"),
            "409": error(
              "An item is sold out (`sold_out`) or no longer on the menu (`item_unavailable`), both with `details.line` (its index), `details.itemId` and `details.name`, the key was used for a different order, or the table's shared cart changed since `sharedCart.version` (`cart_changed`)",
            ),
            "413": error("Body too large"),
            ...limited(
              "Too many orders from this table code or address in a minute; with `couponCode`, too many wrong codes (404) from this table code, device or address in 15 minutes, the real code refused too",
            ),
            "422": error(
              "Unknown item or invalid option choice; a line below zero (`negative_line_price`), a line above 1,000,000.00 (`line_total_too_large`: 100,000,000 minor units) or an order above 10,000,000.00 (`order_total_too_large`: 1,000,000,000 minor units); with `couponCode`, a code that is expired, not yet valid, paused or below its minimum spend (`coupon_*`; used up or used on this device: 409, unknown: 404)",
            ),
          },
        },
      },
      "/api/orders/{id}": {
        get: {
          ...dinerToken,
          operationId: "getOrder",
          summary: "The diner's order and its status",
          requestParams: { path: idPath },
          responses: { "200": ok("The order", z.object({ order: orderSchema })) },
        },
      },
      "/api/auth/login": {
        post: {
          operationId: "logIn",
          tags: ["merchant"],
          summary: "Staff sign-in; sets the session cookie",
          requestBody: json(loginRequestSchema),
          responses: {
            "200": ok("Signed in", staffSessionSchema),
            "401": error("Wrong email or password (`unauthorized`)"),
            ...limited("Too many failed attempts from this address or for this account in 15 minutes"),
            "503": error(
              "Too many sign-ins are being checked at once; try again after `Retry-After` seconds",
            ),
          },
        },
      },
      "/api/auth/logout": {
        post: {
          operationId: "logOut",
          tags: ["merchant"],
          // The cookie is optional: without a session there is nothing to end, and the answer is the same.
          security: [{ staffSession: [] }, {}],
          summary: "Ends the session on the server",
          responses: { "204": { description: "Signed out" } },
        },
      },
      "/api/auth/session": {
        get: {
          ...staffOnly,
          operationId: "getSession",
          summary: "Who is signed in",
          responses: { "200": ok("Session", staffSessionSchema) },
        },
      },
      "/api/merchant/orders": {
        get: {
          ...staffOnly,
          operationId: "listOrders",
          summary: "Active and today's orders, or every change after a sequence number",
          description:
            "Every change to an order gives it the shop's next `seq`, so `?sinceSeq=N` returns each order changed after `N` once, in its latest state, ordered by `seq` (at most 2,000; `lastSeq` is the sequence to ask from next). Without it: active orders and today's.",
          requestParams: {
            query: z.object({
              sinceSeq: z
                .int()
                .min(0)
                .optional()
                .meta({ description: "The highest `seq` the board holds; each later change comes once" }),
            }),
          },
          responses: { "200": ok("Orders ordered by seq", orderListSchema) },
        },
        post: staffOrderOperation,
      },
      "/api/merchant/orders/{id}/status": {
        post: {
          ...staffOnly,
          operationId: "setOrderStatus",
          summary:
            "Move an order to its next status; a cancellation may say why: a preset `reasonCode` (shown to the diner in their language) or staff's own words in `reason` (shown as typed)",
          description:
            "Cancelling a paid order refunds it, which needs `payments.refund` (managers and owners). A payment taken online is refunded through its provider (`refund_pending`, then `refunded`); money taken at the counter is handed back there, so the cancel must carry `refundedAtCounter: true` and the order ends `refunded` at once.",
          requestParams: { path: idPath },
          requestBody: json(setStatusRequestSchema),
          responses: {
            "200": ok("Updated", z.object({ order: orderSchema })),
            "400": error(
              "Malformed body, `reason` / `reasonCode` / `refundedAtCounter` with a status other than `cancelled`, or both `reason` and `reasonCode`",
            ),
            "403": error(
              "Cancelling a paid order refunds it: only managers and owners (`refund_not_allowed`)",
            ),
            "404": error("No such order in this shop"),
            "409": error(
              "Not allowed from the current status (`invalid_transition`), the order waits for approval (`approval_required`), a counter payment not confirmed as handed back (`counter_refund_unconfirmed`, with `details.amount` and `details.currency`), or `refundedAtCounter` for an order with no counter payment (`no_counter_refund`)",
            ),
          },
        },
      },
      "/api/merchant/orders/{id}/approve": {
        post: {
          ...staffOnly,
          operationId: "approveOrder",
          summary:
            "Approve an order from a table nobody had opened (`needsApproval`): it goes to the kitchen and the table opens",
          requestParams: { path: idPath },
          responses: {
            "200": ok("Approved", z.object({ order: orderSchema })),
            "404": error("No such order in this shop"),
            "409": error("The order is not waiting for approval (`invalid_transition`)"),
          },
        },
      },
    }),
  });
}
