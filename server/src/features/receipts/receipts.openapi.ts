import { emailReceiptRequestSchema, receiptLinkSchema, receiptSchema } from "@tabletap/shared";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { dinerToken, error, idPath, json, limited, ok } from "../../http/openapi-parts.js";

export const receiptPaths: ZodOpenApiPathsObject = {
  "/api/orders/{id}/receipt": {
    post: {
      ...dinerToken,
      operationId: "createReceiptLink",
      summary: "The order's shareable receipt link (made on first call, the same afterwards)",
      requestParams: { path: idPath },
      responses: {
        "200": ok("The link", receiptLinkSchema),
        "409": error("Nothing was bought: the order awaits payment or expired (`receipt_unavailable`)"),
      },
    },
  },
  "/api/orders/{id}/receipt/email": {
    post: {
      ...dinerToken,
      operationId: "emailReceipt",
      summary: "Email the receipt once to an address the diner types; the address is deleted once it is sent",
      requestParams: { path: idPath },
      requestBody: json(emailReceiptRequestSchema),
      responses: {
        "202": ok("Queued", z.object({ queued: z.literal(true) })),
        "400": error("Not an email address"),
        "409": error("The order has no receipt (`receipt_unavailable`)"),
        ...limited("More than 3 emails per order or 10 per client address in an hour"),
      },
    },
  },
  "/api/receipts/{token}": {
    get: {
      operationId: "getReceipt",
      tags: ["diner"],
      summary: "A receipt by its share token: no order id or token, no table, no notes, no device ids",
      requestParams: { path: z.object({ token: z.string().describe("From the receipt link `/r/<token>`") }) },
      responses: {
        "200": ok(
          "The receipt; `amountPaid`, `amountRefunded` and `amountDue` come from the order's payments as they stand",
          receiptSchema,
        ),
        "404": error("No such receipt (`not_found`)"),
      },
    },
  },
};
