import { randomUUID } from "node:crypto";
import type { CheckoutResponse } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import type { RunUnit } from "../../db/unit-of-work.js";
import { type Failure, fail, type Result, succeed } from "../../lib/result.js";
import { findOrderForPayment, setOrderTip } from "../orders/index.js";
import { findShop } from "../shops/index.js";
import { findPaymentOfOrder, insertPayment, storeCheckout } from "./payments.repository.js";
import type { PaymentProvider } from "./provider.js";

/**
 * Opens (or reopens) the provider checkout for a pay-first order. One payment row per order, created
 * before the provider is called, so a notification can always find what it pays for.
 */
export async function startCheckout(
  deps: {
    db: Db;
    clock: () => number;
    runUnit: RunUnit;
    providers: Record<string, PaymentProvider>;
    publicUrl: string;
  },
  orderId: string,
  /** The tip chosen on the pay step; undefined keeps the one chosen before (or none). */
  tip?: number,
): Promise<Result<CheckoutResponse>> {
  const { db } = deps;
  const order = await findOrderForPayment(db, { orderId });
  if (!order) throw new Error(`order ${orderId} vanished`);
  if (order.paymentMethod !== "online" || order.status !== "pending_payment") {
    return fail("payment_not_needed", "This order is not waiting for an online payment");
  }
  const shop = await findShop(db, order.shopId);
  if (!shop) throw new Error(`order ${orderId} has no shop`);
  // Never another provider than the shop's: a shop set to Stripe on a deployment without Stripe's keys
  // would otherwise take "payments" through the sandbox, where no money moves.
  const provider = Object.hasOwn(deps.providers, shop.paymentProvider)
    ? deps.providers[shop.paymentProvider]
    : undefined;
  if (!provider) {
    return fail(
      "payment_provider_unavailable",
      "Online payment is not available in this shop right now; please pay at the counter",
    );
  }
  const now = deps.clock();
  const tipProblem = tip === undefined ? undefined : tipTooLarge(tip, order.total);
  if (tipProblem) return tipProblem;
  // The payment row and the order's tip are written together, so the amount always is total + tip.
  await deps.runUnit(async ({ trx }) => {
    const row = {
      id: randomUUID(),
      shopId: order.shopId,
      orderId,
      provider: provider.name,
      providerRef: null,
      amount: order.total + (tip ?? 0),
      currency: order.currency,
      status: "pending",
      tender: null,
      checkoutUrl: null,
      createdAt: now,
      updatedAt: now,
      paidAt: null,
    };
    if (await insertPayment(trx, row, { onlyFirst: true })) await setOrderTip(trx, orderId, tip ?? 0);
  });
  const payment = await findPaymentOfOrder(db, orderId);
  if (!payment) throw new Error(`payment of order ${orderId} vanished`);
  // One checkout per order: the provider already holds its amount, so a different tip can't replace it.
  if (tip !== undefined && payment.amount !== order.total + tip) {
    return fail(
      "tip_locked",
      "The tip for this payment was already chosen. Pay with it, or ask staff for help.",
    );
  }
  if (payment.checkoutUrl) return succeed({ checkoutUrl: payment.checkoutUrl, paymentId: payment.id });

  const checkout = await provider.createCheckout({
    paymentId: payment.id,
    amount: payment.amount,
    currency: payment.currency,
    merchantName: shop.name,
    locale: shop.locale,
    returnUrl: `${deps.publicUrl}/orders/${orderId}`,
  });
  // Two taps at once may both create a checkout; the first one stored wins and the other is never shown.
  const stored = await storeCheckout(db, payment.id, { ...checkout, now: deps.clock() });
  return succeed({ checkoutUrl: stored ?? checkout.checkoutUrl, paymentId: payment.id });
}

/** A tip is whole minor units (the schema checks that) and at most the order's total. */
export function tipTooLarge(tip: number, total: number): Failure | undefined {
  if (tip <= total) return undefined;
  return fail("tip_too_large", "A tip can be at most the order's total. Please choose a smaller tip.");
}
