import { emailReceiptRequestSchema, receiptLinkSchema, receiptSchema } from "@tabletap/shared";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { error, idPath, json, ok } from "../../http/openapi-parts.js";

export const receiptPaths: ZodOpenApiPathsObject = {
  "/api/orders/{id}/receipt": {
    post: {
      tags: ["diner"],
      security: [{ orderToken: [] }],
      summary: "The order's shareable receipt link (made on first call, the same afterwards)",
      requestParams: { path: idPath },
      responses: {
        "200": ok("The link", receiptLinkSchema),
        "404": error("No such order for this token"),
        "409": error("Nothing was bought: the order awaits payment or expired (`receipt_unavailable`)"),
      },
    },
  },
  "/api/orders/{id}/receipt/email": {
    post: {
      tags: ["diner"],
      security: [{ orderToken: [] }],
      summary: "Email the receipt once to an address the diner types; the address is deleted once it is sent",
      requestParams: { path: idPath },
      requestBody: json(emailReceiptRequestSchema),
      responses: {
        "202": ok("Queued", z.object({ queued: z.literal(true) })),
        "400": error("Not an email address"),
        "404": error("No such order for this token"),
        "409": error("The order has no receipt (`receipt_unavailable`)"),
        "429": error("More than 3 emails per order or 10 per client address in an hour (`rate_limited`)"),
      },
    },
  },
  "/api/receipts/{token}": {
    get: {
      tags: ["diner"],
      summary: "A receipt by its share token: no order id or token, no table, no notes, no device ids",
      requestParams: { path: z.object({ token: z.string().describe("From the receipt link `/r/<token>`") }) },
      responses: {
        "200": ok(
          "The receipt; `amountPaid`, `amountRefunded` and `amountDue` come from the order's payments as they stand",
          receiptSchema,
        ),
        "404": error("No such receipt"),
      },
    },
  },
};
