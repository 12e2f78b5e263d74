import { randomUUID } from "node:crypto";
import { get, line, M, order, other, post, type Row, row, shop, tea } from "./harness.js";

/** Placing an order (the diner's and staff's), staff order changes, and payment webhooks. */
export const orderRows: Row[] = [
  // --- POST /api/orders (the diner's order; more in bad-input.test.ts and the fuzzer)
  row("order: body is null", "400 invalid_json", () => post("/api/orders", null)),
  row("order: body is a string", "400 invalid_json", () => post("/api/orders", "just text")),
  row("order: lines is an object", "400 validation_failed", () =>
    post("/api/orders", order({ lines: { 0: 1 } })),
  ),
  row("order: quantity 2^53", "400 validation_failed", () =>
    post("/api/orders", line({ quantity: 2 ** 53 })),
  ),
  row("order: quantity 1e400 (Infinity)", "400 validation_failed", () =>
    post("/api/orders", undefined, {
      raw: `{"tableToken":"${shop.tableToken}","lines":[{"itemId":"${shop.item("Tea").id}","quantity":1e400}]}`,
    }),
  ),
  row("order: quantity -0.5", "400 validation_failed", () => post("/api/orders", line({ quantity: -0.5 }))),
  row("order: quantity 100", "400 validation_failed", () => post("/api/orders", line({ quantity: 100 }))),
  row("order: 51 lines", "400 validation_failed", () =>
    post("/api/orders", order({ lines: Array.from({ length: 51 }, () => tea()[0]) })),
  ),
  row("order: total sent by the client", "400 validation_failed", () =>
    post("/api/orders", order({ total: 1 })),
  ),
  row("order: status sent by the client", "400 validation_failed", () =>
    post("/api/orders", order({ status: "ready" })),
  ),
  row("order: __proto__ field", "400 validation_failed", () =>
    post("/api/orders", undefined, {
      raw: `{"tableToken":"${shop.tableToken}","lines":[],"__proto__":{"admin":true}}`,
    }),
  ),
  row("order: NUL in a note", "400 validation_failed", () =>
    post("/api/orders", order({ note: "a\u0000b" })),
  ),
  row("order: lone surrogate in a note", "400 validation_failed", () =>
    post("/api/orders", order({ note: "tea \ud800" })),
  ),
  row("order: right-to-left override in a note", "400 validation_failed", () =>
    post("/api/orders", line({ note: "no \u202eseiruo" })),
  ),
  row("order: line separator in the shared cart's nickname", "400 validation_failed", () =>
    post("/api/orders", order({ sharedCart: { version: 0, nickname: "An\u2028a" } })),
  ),
  row("order: newline in the shared cart's nickname", "400 validation_failed", () =>
    post("/api/orders", order({ sharedCart: { version: 0, nickname: "An\na" } })),
  ),
  row("order: zero-width space in a table token", "400 validation_failed", () =>
    post("/api/orders", order({ tableToken: `${shop.tableToken}\u200b` })),
  ),
  row("order: another shop's table with this shop's item", "422 unknown_item", () =>
    post("/api/orders", order({ tableToken: other.tableToken })),
  ),
  row("order: a rotated table code", "404 table_code_replaced", (f) =>
    post("/api/orders", order({ tableToken: f.rotatedToken })),
  ),
  row("order: 64 kB body", "413 payload_too_large", () =>
    post("/api/orders", order({ note: "é".repeat(32_000) })),
  ),
  row("order: deeply nested JSON", "400 validation_failed", () =>
    post("/api/orders", undefined, { raw: `${"[".repeat(5000)}${"]".repeat(5000)}` }),
  ),
  row("order: text/plain body", "415 unsupported_media_type", () =>
    post("/api/orders", undefined, { raw: "{}", headers: { "Content-Type": "text/plain" } }),
  ),
  row("order: UTF-8 bytes labelled UTF-16", "400 invalid_json", () =>
    post("/api/orders", order(), { headers: { "Content-Type": "application/json; charset=utf-16" } }),
  ),
  // --- payment webhooks (signed by the provider)
  row("webhook: no signature", "400 invalid_signature", () =>
    post("/api/webhooks/sandbox", { id: "evt_x", type: "payment.succeeded", data: {} }),
  ),
  row("webhook: forged signature", "400 invalid_signature", () =>
    post(
      "/api/webhooks/sandbox",
      { id: "evt_x" },
      { headers: { "Sandbox-Signature": `t=${Date.now()},v1=${"0".repeat(64)}` } },
    ),
  ),
  row("webhook: unknown provider", "404 not_found", () => post("/api/webhooks/paypal", {})),
  // --- staff: orders
  row("status: unknown status", "400 validation_failed", (f) =>
    post(`${M}/orders/${f.order.id}/status`, { status: "eaten" }),
  ),
  row("status: another shop's order", "404 not_found", (f) =>
    post(`${M}/orders/${f.theirOrder.id}/status`, { status: "cancelled" }),
  ),
  row("approve: another shop's order", "404 not_found", (f) =>
    post(`${M}/orders/${f.theirOrder.id}/approve`),
  ),
  row("history: another shop's order", "404 not_found", (f) => get(`${M}/orders/${f.theirOrder.id}/history`)),
  row("mark paid: another shop's order", "404 not_found", (f) =>
    post(`${M}/orders/${f.theirOrder.id}/paid`, { tender: "cash" }),
  ),
  row("mark paid: unknown tender", "400 validation_failed", (f) =>
    post(`${M}/orders/${f.order.id}/paid`, { tender: "iou" }),
  ),
  row("orders: sinceSeq is negative", "400 validation_failed", () => get(`${M}/orders?sinceSeq=-1`)),
  row("orders: sinceSeq is not a number", "400 validation_failed", () => get(`${M}/orders?sinceSeq=abc`)),
  row("staff order: another shop's table", "404 table_not_found", (f) =>
    post(
      `${M}/orders`,
      { tableId: f.theirTableId, lines: tea() },
      { headers: { "Idempotency-Key": randomUUID() } },
    ),
  ),
];
