import { tableTabSchema } from "@tabletap/shared";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { error, ok } from "../../http/openapi-parts.js";

export const tabPaths: ZodOpenApiPathsObject = {
  "/api/tables/{token}/tab": {
    get: {
      operationId: "getTableTab",
      tags: ["diner"],
      summary: "The table's open tab: every round ordered during its current sitting, with status and total",
      description:
        "Diners at the table (the QR token is the credential). A table's first order opens the tab in a shop " +
        "that does not ask staff to approve orders; otherwise staff open it. It ends when staff close the " +
        "table. Live: sockets of the table hear `tab:changed`.",
      requestParams: { path: z.object({ token: z.string().describe("The table's QR token") }) },
      responses: {
        "200": ok("The tab (`open: false` with no rounds when none is open)", tableTabSchema),
        "404": error(
          "Unknown or inactive table code, or a counter code (takeaway has no tab) (`table_not_found`)",
        ),
      },
    },
  },
};
