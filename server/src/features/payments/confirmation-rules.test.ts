import { describe, expect, it } from "vitest";
import {
  alertFor,
  failureOutcome,
  isLastAttempt,
  isUnusual,
  judgeNotification,
  type Notification,
  paymentOutcome,
  reconciledEvent,
} from "./confirmation-rules.js";

// A 12.34 order with a 1.66 tip: the diner owes 14.00.
const notification = (extra: Partial<Notification> = {}): Notification => ({
  provider: "sandbox",
  providerRef: "cs_1",
  type: "payment.succeeded",
  amount: 1400,
  currency: "EUR",
  outcome: null,
  paymentId: "p1",
  shopId: "s1",
  orderId: "o1",
  paymentStatus: "pending",
  paymentAmount: 1400,
  paymentCurrency: "EUR",
  total: 1234,
  tip: 166,
  orderStatus: "pending_payment",
  ...extra,
});
const payment = { id: "p1", shopId: "s1", orderId: "o1", status: "pending" };

describe("what a payment notification asks for", () => {
  it("pays exactly what the diner owes: the order's total plus the tip", () => {
    expect(judgeNotification(notification())).toEqual({ kind: "payment", payment, from: "pending_payment" });
  });

  it("does nothing with a notification an earlier run already settled", () => {
    expect(judgeNotification(notification({ outcome: "paid" }))).toEqual({ kind: "already_settled" });
    expect(judgeNotification(notification({ outcome: "amount_mismatch", amount: 1 }))).toEqual({
      kind: "already_settled",
    });
  });

  it("knows no payment it cannot find", () => {
    for (const missing of [{ paymentId: null }, { shopId: null }, { orderId: null }]) {
      expect(judgeNotification(notification(missing))).toEqual({ kind: "unknown_payment" });
    }
  });

  it("turns a failure into a failure whatever amount it carries", () => {
    expect(judgeNotification(notification({ type: "payment.failed", amount: 0, total: null }))).toEqual({
      kind: "failure",
      payment,
    });
  });

  it("refuses one minor unit more or less, the tip left out, or another currency, and says what came", () => {
    const wrong: Partial<Notification>[] = [
      { amount: 1399 },
      { amount: 1401 },
      { amount: 1234 },
      { currency: "USD" },
      // The payment was opened for another amount than the order now owes.
      { paymentAmount: 1300 },
      { paymentCurrency: "USD" },
    ];
    for (const extra of wrong) {
      const event = notification(extra);
      expect(judgeNotification(event)).toEqual({
        kind: "amount_mismatch",
        payment,
        reported: { amount: event.amount, currency: event.currency },
      });
    }
  });

  it("treats a payment without its order as broken data, not as a notification to settle", () => {
    expect(() => judgeNotification(notification({ total: null }))).toThrow("payment p1 has no order o1");
  });
});

describe("how a notification ends", () => {
  it("fails only a payment still waiting, and says what it found otherwise", () => {
    expect(failureOutcome(true, "pending")).toBe("failed");
    expect(failureOutcome(false, "paid")).toBe("ignored_paid");
    expect(failureOutcome(false, "refunded")).toBe("ignored_refunded");
  });

  it("places the order once, calls a second success a duplicate, and refunds money that came too late", () => {
    expect(paymentOutcome({ applied: true, placed: true })).toBe("paid");
    expect(paymentOutcome({ applied: false, placed: false })).toBe("duplicate");
    expect(paymentOutcome({ applied: true, placed: false })).toBe("refunded_late");
  });

  it("alerts people to late money and wrong amounts, and to nothing else", () => {
    expect(alertFor("paid")).toBeUndefined();
    expect(alertFor("duplicate")).toBeUndefined();
    expect(alertFor("refunded_late")).toEqual({ reason: "late_payment_refunded" });
    expect(alertFor("amount_mismatch", { amount: 1, currency: "EUR" })).toEqual({
      reason: "amount_mismatch",
      reported: { amount: 1, currency: "EUR" },
    });
  });

  it("logs every outcome but a plain payment or failure", () => {
    expect(isUnusual("paid")).toBe(false);
    expect(isUnusual("failed")).toBe(false);
    for (const outcome of [
      "duplicate",
      "refunded_late",
      "amount_mismatch",
      "unknown_payment",
      "ignored_paid",
    ]) {
      expect(isUnusual(outcome)).toBe(true);
    }
  });
});

describe("retries and reconciliation", () => {
  it("knows the last of a job's attempts, one attempt when none were set", () => {
    expect(isLastAttempt(0, undefined)).toBe(true);
    expect(isLastAttempt(3, 5)).toBe(false);
    expect(isLastAttempt(4, 5)).toBe(true);
  });

  it("feeds a provider's settled answer as one event per payment and outcome, and nothing while pending", () => {
    expect(reconciledEvent("p1", { status: "paid" })).toEqual({
      type: "payment.succeeded",
      eventId: "reconcile:p1:paid",
    });
    expect(reconciledEvent("p1", { status: "failed" })).toEqual({
      type: "payment.failed",
      eventId: "reconcile:p1:failed",
    });
    expect(reconciledEvent("p1", { status: "pending" })).toBeUndefined();
    expect(reconciledEvent("p1", undefined)).toBeUndefined();
  });
});
