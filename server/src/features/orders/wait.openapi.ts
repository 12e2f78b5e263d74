import { waitResponseSchema } from "@tabletap/shared";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { dinerToken, idPath, ok } from "../../http/openapi-parts.js";

export const waitPaths: ZodOpenApiPathsObject = {
  "/api/orders/{id}/wait": {
    get: {
      ...dinerToken,
      operationId: "getOrderWait",
      summary: "Estimated wait: a range of minutes from the shop's recent preparation times and its queue",
      requestParams: { path: idPath },
      responses: {
        "200": ok("The estimate, or null when there is nothing left to wait for", waitResponseSchema),
      },
    },
  },
};
