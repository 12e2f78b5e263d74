import type { Route, TypesOf } from "../http/route.js";
import type { receiptSchemas } from "./contract.js";

// Receipts: an order's share link, its email, and the receipt behind a link.
// Each route is its own export, so a page bundles only the routes it calls.
type R<Id extends keyof typeof receiptSchemas, Body = TypesOf<(typeof receiptSchemas)[Id]>["body"]> = Route<
  Id,
  TypesOf<(typeof receiptSchemas)[Id], Body>
>;

export const createReceiptLink: R<"createReceiptLink"> = {
  operationId: "createReceiptLink",
  method: "POST",
  path: "/api/orders/{id}/receipt",
  status: 200,
};
export const emailReceipt: R<"emailReceipt"> = {
  operationId: "emailReceipt",
  method: "POST",
  path: "/api/orders/{id}/receipt/email",
  status: 202,
};
export const getReceipt: R<"getReceipt"> = {
  operationId: "getReceipt",
  method: "GET",
  path: "/api/receipts/{token}",
  status: 200,
};
