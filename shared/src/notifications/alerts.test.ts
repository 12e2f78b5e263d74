import { describe, expect, it } from "vitest";
import { describePaymentAlert, type PaymentAlertFacts } from "./alerts.js";

const facts = (overrides: Partial<PaymentAlertFacts>): PaymentAlertFacts => ({
  orderId: "order_1",
  pickupNumber: 12,
  tableLabel: "T3",
  reason: "amount_mismatch",
  amount: 1500,
  currency: "CNY",
  ...overrides,
});

describe("describePaymentAlert", () => {
  it("names the order, its total and what the provider reported, in the shop's locale", () => {
    const text = describePaymentAlert(facts({ reported: { amount: 1499, currency: "CNY" } }), "zh-CN");
    expect(text.title).toBe("Wrong payment amount");
    expect(text.detail).toBe(
      "The payment provider reported ¥14.99 for order #12 (T3), which comes to ¥15.00. The order stays unpaid and has not gone to the kitchen. Check this payment with the provider.",
    );
  });

  it("shows a reported currency that differs from the shop's", () => {
    const text = describePaymentAlert(facts({ reported: { amount: 1500, currency: "USD" } }), "en-US");
    expect(text.detail).toContain("reported $15.00 for order #12 (T3), which comes to CN¥15.00");
  });

  it("formats minor units by the currency's own digits", () => {
    const text = describePaymentAlert(
      facts({ reason: "late_payment_refunded", amount: 1500, currency: "JPY" }),
      "ja-JP",
    );
    expect(text.title).toBe("Late payment refunded");
    expect(text.detail).toMatch(/^Order #12 \(T3\) was paid after .* The ￥1,500 is being refunded/);
  });

  it("tells people to refund by hand when the provider kept refusing", () => {
    const text = describePaymentAlert(facts({ reason: "refund_failed", currency: "EUR" }), "de-DE");
    expect(text.title).toBe("Refund failed");
    // German puts the euro sign after the amount, joined by a no-break space.
    expect(text.detail).toBe(
      "The 15,00\u00a0€ refund for order #12 (T3) did not go through after several tries. Refund it by hand with the payment provider.",
    );
  });
});
