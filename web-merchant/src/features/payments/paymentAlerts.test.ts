import { describe, expect, it } from "vitest";
import { makeOrder } from "../board/testOrders";
import {
  alertKey,
  alertsInOrders,
  type BoardAlert,
  dismissAlert,
  keysToRemember,
  noAlerts,
  receiveAlert,
  recoverAlerts,
} from "./paymentAlerts";

const alert = (overrides: Partial<BoardAlert> & Pick<BoardAlert, "orderId">): BoardAlert => ({
  pickupNumber: 7,
  tableLabel: "T2",
  reason: "amount_mismatch",
  amount: 1500,
  currency: "CNY",
  reported: { amount: 1499, currency: "CNY" },
  at: "2025-03-14T10:00:00.000Z",
  ...overrides,
});

const keys = (alerts: readonly BoardAlert[]) => alerts.map(alertKey);

describe("payment alerts on the board", () => {
  it("shows the newest first and keeps one per order and reason", () => {
    let state = receiveAlert(noAlerts, alert({ orderId: "a" }));
    state = receiveAlert(state, alert({ orderId: "b", at: "2025-03-14T10:05:00.000Z" }));
    state = receiveAlert(state, alert({ orderId: "a", at: "2025-03-14T10:09:00.000Z" }));
    state = receiveAlert(state, alert({ orderId: "a", reason: "refund_failed", reported: undefined }));
    expect(keys(state.shown)).toEqual(["amount_mismatch:a", "amount_mismatch:b", "refund_failed:a"]);
  });

  it("keeps an alert until it is dismissed, and then only brings it back for new news", () => {
    const shown = receiveAlert(noAlerts, alert({ orderId: "a" }));
    const dismissed = dismissAlert(shown, "amount_mismatch:a");
    expect(dismissed.shown).toEqual([]);
    expect(dismissAlert(dismissed, "amount_mismatch:a")).toBe(dismissed);
    // Read back from the orders again: still dismissed.
    expect(recoverAlerts(dismissed, [alert({ orderId: "a" })])).toBe(dismissed);
    // A second wrong notification from the provider is news again.
    const again = receiveAlert(dismissed, alert({ orderId: "a", at: "2025-03-14T11:00:00.000Z" }));
    expect(keys(again.shown)).toEqual(["amount_mismatch:a"]);
    expect(again.dismissed.has("amount_mismatch:a")).toBe(false);
  });

  it("recovers only alerts it does not show yet, and returns the same state when nothing is new", () => {
    const live = receiveAlert(noAlerts, alert({ orderId: "a", reason: "late_payment_refunded" }));
    const recovered = recoverAlerts(live, [
      alert({ orderId: "a", reason: "late_payment_refunded", at: "2025-03-14T12:00:00.000Z" }),
    ]);
    expect(recovered).toBe(live);
    const more = recoverAlerts(live, [alert({ orderId: "b", reason: "late_payment_refunded" })]);
    expect(keys(more.shown)).toEqual(["late_payment_refunded:a", "late_payment_refunded:b"]);
  });

  it("reads a late payment off an expired online order, and nothing off ordinary ones", () => {
    const online = { paymentMethod: "online", total: 3000, currency: "EUR" } as const;
    const orders = [
      makeOrder({ id: "late", seq: 1, status: "expired", paymentStatus: "refund_pending", ...online }),
      makeOrder({ id: "late-done", seq: 2, status: "expired", paymentStatus: "refunded", ...online }),
      makeOrder({ id: "ran-out", seq: 3, status: "expired", paymentStatus: "unpaid", ...online }),
      // Staff cancelled a paid order: the refund is theirs, not news.
      makeOrder({ id: "cancelled", seq: 4, status: "cancelled", paymentStatus: "refunded", ...online }),
      makeOrder({ id: "waiting", seq: 5, status: "pending_payment", ...online }),
      makeOrder({ id: "counter", seq: 6, status: "placed", paymentMethod: "counter" }),
    ];
    const found = alertsInOrders(orders);
    expect(keys(found)).toEqual(["late_payment_refunded:late", "late_payment_refunded:late-done"]);
    expect(found[0]).toEqual({
      orderId: "late",
      pickupNumber: 1,
      tableLabel: "T1",
      reason: "late_payment_refunded",
      amount: 3000,
      currency: "EUR",
      at: "2025-03-14T10:00:00.000Z",
    });
  });

  it("remembers only dismissals that the orders could bring back, and not without end", () => {
    const dismissed = new Set([
      "amount_mismatch:a",
      ...Array.from({ length: 5 }, (_, i) => `late_payment_refunded:o${i}`),
    ]);
    expect(keysToRemember(dismissed, 3)).toEqual([
      "late_payment_refunded:o2",
      "late_payment_refunded:o3",
      "late_payment_refunded:o4",
    ]);
  });
});
