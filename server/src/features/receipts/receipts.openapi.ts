import { receiptContract } from "@tabletap/shared";
import { dinerToken, documented, error, limited, paths } from "../../http/openapi-parts.js";

export const receiptPaths = paths(
  documented(receiptContract.createReceiptLink, {
    ...dinerToken,
    summary: "The order's shareable receipt link (made on first call, the same afterwards)",
    success: "The link",
    responses: {
      "409": error("Nothing was bought: the order awaits payment or expired (`receipt_unavailable`)"),
    },
  }),
  documented(receiptContract.emailReceipt, {
    ...dinerToken,
    summary: "Email the receipt once to an address the diner types; the address is deleted once it is sent",
    success: "Queued",
    responses: {
      "400": error("Not an email address"),
      "409": error("The order has no receipt (`receipt_unavailable`)"),
      ...limited("More than 3 emails per order or 10 per client address in an hour"),
    },
  }),
  documented(receiptContract.getReceipt, {
    tags: ["diner"],
    summary: "A receipt by its share token: no order id or token, no table, no notes, no device ids",
    success:
      "The receipt; `amountPaid`, `amountRefunded` and `amountDue` come from the order's payments as they stand",
    responses: { "404": error("No such receipt (`not_found`)") },
  }),
);
