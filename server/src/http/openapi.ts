import { z } from "zod";
import { createDocument, type oas31 } from "zod-openapi";
import { authPaths } from "../features/auth/auth.openapi.js";
import { couponPaths } from "../features/coupons/coupons.openapi.js";
import { menuPaths } from "../features/menu/menu.openapi.js";
import { notificationPaths } from "../features/notifications/notifications.openapi.js";
import { boardPaths, staffOrderPaths } from "../features/orders/board.openapi.js";
import { orderPaths } from "../features/orders/orders.openapi.js";
import { waitPaths } from "../features/orders/wait.openapi.js";
import { paymentPaths } from "../features/payments/payments.openapi.js";
import { webhookPaths } from "../features/payments/webhooks.openapi.js";
import { ratingPaths } from "../features/ratings/ratings.openapi.js";
import { receiptPaths } from "../features/receipts/receipts.openapi.js";
import { reportsPaths } from "../features/reports/reports.openapi.js";
import { shopSettingsPaths } from "../features/shops/shop-settings.openapi.js";
import { staffPaths } from "../features/staff/staff.openapi.js";
import { tabPaths } from "../features/table-tab/tab.openapi.js";
import { tablesPaths } from "../features/tables/tables.openapi.js";
import { withGuards } from "./openapi-guards.js";
import { ok, paths } from "./openapi-parts.js";

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
    paths: withGuards(
      paths(
        paymentPaths,
        webhookPaths,
        couponPaths,
        ratingPaths,
        receiptPaths,
        notificationPaths,
        staffPaths,
        tablesPaths,
        menuPaths,
        boardPaths,
        shopSettingsPaths,
        tabPaths,
        waitPaths,
        reportsPaths,
        orderPaths,
        staffOrderPaths,
        authPaths,
        {
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
        },
      ),
    ),
  });
}
