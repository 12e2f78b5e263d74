import { z } from "zod";
import { createDocument, type oas31 } from "zod-openapi";
import { couponPaths } from "../features/coupons/index.js";
import { menuPaths } from "../features/menu/index.js";
import { notificationPaths } from "../features/notifications/index.js";
import { boardPaths, orderPaths, staffOrderPaths, waitPaths } from "../features/orders/index.js";
import { paymentPaths, webhookPaths } from "../features/payments/index.js";
import { printingPaths } from "../features/printing/index.js";
import { ratingPaths } from "../features/ratings/index.js";
import { receiptPaths } from "../features/receipts/index.js";
import { reportsPaths } from "../features/reports/index.js";
import { serviceRequestPaths } from "../features/service-requests/index.js";
import { shopSettingsPaths } from "../features/shops/index.js";
import { signInPaths, staffPaths } from "../features/staff/index.js";
import { stationPaths } from "../features/stations/index.js";
import { tabPaths } from "../features/table-tab/index.js";
import { tablesPaths } from "../features/tables/index.js";
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
        serviceRequestPaths,
        stationPaths,
        printingPaths,
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
        signInPaths,
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
