import { randomUUID } from "node:crypto";
import { get, post, type Row, row } from "./harness.js";

/** The diner's order page, checkout, push, wait, ratings and receipts: the order token is the credential. */
export const dinerRows: Row[] = [
  // --- the diner's order page, checkout and push (order token)
  row("read order: no token", "401 unauthorized", (f) => get(`/api/orders/${f.order.id}`)),
  row("read order: another order's token", "404 not_found", (f) =>
    get(`/api/orders/${f.order.id}`, { bearer: f.theirOrder.token }),
  ),
  row("read order: token with NUL", "404 not_found", (f) =>
    get(`/api/orders/${f.order.id}`, { bearer: `${f.order.token.slice(0, 10)}%00` }),
  ),
  row("checkout: another order's token", "404 not_found", (f) =>
    post(`/api/orders/${f.order.id}/checkout`, undefined, { bearer: f.theirOrder.token }),
  ),
  row("checkout: a pay-at-counter order", "409 payment_not_needed", (f) =>
    post(`/api/orders/${f.order.id}/checkout`, undefined, { bearer: f.order.token }),
  ),
  row("push: endpoint is not a URL", "400 validation_failed", (f) =>
    post(
      `/api/orders/${f.order.id}/push-subscriptions`,
      { endpoint: "javascript:alert(1)", keys: { p256dh: "abc", auth: "abc" } },
      { bearer: f.order.token },
    ),
  ),
  row("push: unknown field", "400 validation_failed", (f) =>
    post(
      `/api/orders/${f.order.id}/push-subscriptions`,
      { endpoint: "https://push.example/x", keys: { p256dh: "abc", auth: "abc" }, admin: true },
      { bearer: f.order.token },
    ),
  ),
  row("push: another order's token", "404 not_found", (f) =>
    post(
      `/api/orders/${f.order.id}/push-subscriptions`,
      { endpoint: "https://push.example/x", keys: { p256dh: "abc", auth: "abc" } },
      { bearer: f.theirOrder.token },
    ),
  ),
  // --- ratings and receipts (order token)
  row("ratings: no token", "401 unauthorized", (f) =>
    post(`/api/orders/${f.order.id}/ratings`, { ratings: [] }),
  ),
  row("ratings: another order's token", "404 not_found", (f) =>
    post(`/api/orders/${f.order.id}/ratings`, { ratings: [] }, { bearer: f.theirOrder.token }),
  ),
  row("ratings: score 6", "400 validation_failed", (f) =>
    post(
      `/api/orders/${f.order.id}/ratings`,
      { ratings: [{ lineId: randomUUID(), score: 6 }] },
      { bearer: f.order.token },
    ),
  ),
  row("ratings: score 2.5", "400 validation_failed", (f) =>
    post(
      `/api/orders/${f.order.id}/ratings`,
      { ratings: [{ lineId: randomUUID(), score: 2.5 }] },
      { bearer: f.order.token },
    ),
  ),
  row("ratings: NUL in a comment", "400 validation_failed", (f) =>
    post(
      `/api/orders/${f.order.id}/ratings`,
      { ratings: [{ lineId: randomUUID(), score: 4, comment: "ok\u0000" }] },
      { bearer: f.order.token },
    ),
  ),
  row("ratings: the same line twice", "400 validation_failed", (f) => {
    const lineId = randomUUID();
    return post(
      `/api/orders/${f.order.id}/ratings`,
      {
        ratings: [
          { lineId, score: 4 },
          { lineId, score: 1 },
        ],
      },
      { bearer: f.order.token },
    );
  }),
  row("receipt email: not an address", "400 validation_failed", (f) =>
    post(`/api/orders/${f.order.id}/receipt/email`, { email: "not-an-email" }, { bearer: f.order.token }),
  ),
  row("receipt email: another order's token", "404 not_found", (f) =>
    post(`/api/orders/${f.order.id}/receipt/email`, { email: "a@b.test" }, { bearer: f.theirOrder.token }),
  ),
  row("receipt: an unknown share token", "404 not_found", () => get(`/api/receipts/${"x".repeat(32)}`)),
  // --- the diner's wait (order token)
  row("wait: no token", "401 unauthorized", (f) => get(`/api/orders/${f.order.id}/wait`)),
  row("wait: another order's token", "404 not_found", (f) =>
    get(`/api/orders/${f.order.id}/wait`, { bearer: f.theirOrder.token }),
  ),
];
