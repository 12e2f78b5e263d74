import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { verifyStripeWebhook } from "./stripe.webhook.js";

const secret = "whsec_unit";
const now = Date.parse("2026-03-01T12:00:00Z");
const session = {
  id: "cs_test_1",
  amount_total: 1500,
  currency: "cny",
  payment_status: "paid",
  status: "complete",
};

function verify(options: { type?: string; object?: object; body?: string; at?: number; signWith?: string }) {
  const body =
    options.body ??
    JSON.stringify({ id: "evt_1", object: "event", type: options.type, data: { object: options.object } });
  const signature = Stripe.webhooks.generateTestHeaderString({
    payload: body,
    secret: options.signWith ?? secret,
    timestamp: Math.floor((options.at ?? now) / 1000),
  });
  return verifyStripeWebhook({
    webhooks: Stripe.webhooks,
    secret,
    rawBody: Buffer.from(body),
    headers: { "stripe-signature": signature },
    now,
  });
}

describe("verifyStripeWebhook", () => {
  it.each([
    ["checkout.session.completed", session, "payment.succeeded"],
    ["checkout.session.async_payment_succeeded", session, "payment.succeeded"],
    ["checkout.session.async_payment_failed", { ...session, payment_status: "unpaid" }, "payment.failed"],
    [
      "checkout.session.expired",
      { ...session, payment_status: "unpaid", status: "expired" },
      "payment.failed",
    ],
  ])("maps %s", (type, object, expected) => {
    expect(verify({ type, object })).toEqual({
      ok: true,
      event: { eventId: "evt_1", type: expected, providerRef: "cs_test_1", amount: 1500, currency: "CNY" },
    });
  });

  it("ignores events that settle nothing, including a session completed but not yet paid", () => {
    expect(verify({ type: "charge.succeeded", object: { id: "ch_1" } })).toEqual({ ok: true, event: null });
    expect(
      verify({ type: "checkout.session.completed", object: { ...session, payment_status: "unpaid" } }),
    ).toEqual({ ok: true, event: null });
  });

  it("tells a stale notification from a forged one", () => {
    expect(verify({ type: "checkout.session.completed", object: session, at: now - 301_000 })).toEqual({
      ok: false,
      reason: "stale",
    });
    expect(verify({ type: "checkout.session.completed", object: session, signWith: "whsec_other" })).toEqual({
      ok: false,
      reason: "invalid_signature",
    });
    expect(
      verifyStripeWebhook({
        webhooks: Stripe.webhooks,
        secret,
        rawBody: Buffer.from("{}"),
        headers: {},
        now,
      }),
    ).toEqual({ ok: false, reason: "invalid_signature" });
  });

  it("refuses a signed body that is not a usable event", () => {
    expect(verify({ body: "not json" })).toEqual({ ok: false, reason: "malformed" });
    const noAmount = { ...session, amount_total: null };
    expect(verify({ type: "checkout.session.completed", object: noAmount })).toEqual({
      ok: false,
      reason: "malformed",
    });
  });
});
