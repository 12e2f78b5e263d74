import type Stripe from "stripe";
import type { Config } from "../../../config.js";
import type { Db } from "../../../db/database.js";
import type { PaymentProvider } from "../provider.js";
import { createStripeClient } from "./stripe.client.js";
import { refundSession } from "./stripe.refund.js";
import { verifyStripeWebhook } from "./stripe.webhook.js";

/**
 * Stripe Checkout: a Checkout Session per order (its id is our providerRef), webhooks verified with
 * stripe.webhooks.constructEvent, refunds of the session's PaymentIntent. Stripe keeps the books, so
 * nothing is stored here beyond what checkout.ts already keeps on the payment row.
 */
export function createStripeProvider(deps: {
  config: NonNullable<Config["stripe"]>;
  db: Db;
  clock: () => number;
}): PaymentProvider {
  const { config, clock } = deps;
  const stripe = createStripeClient({ secretKey: config.secretKey, apiUrl: config.apiUrl });

  return {
    name: "stripe",

    async createCheckout(request) {
      const session = await stripe.checkout.sessions.create(
        {
          mode: "payment",
          line_items: [
            {
              price_data: {
                currency: request.currency.toLowerCase(),
                unit_amount: request.amount,
                product_data: { name: request.merchantName },
              },
              quantity: 1,
            },
          ],
          success_url: request.returnUrl,
          cancel_url: request.returnUrl,
          client_reference_id: request.paymentId,
          metadata: { paymentId: request.paymentId },
        },
        // Keyed by the stored payment id: a retry, a crash between this call and storing its answer, or
        // two taps at once all get the same session back instead of a second one the diner could pay.
        { idempotencyKey: `checkout-${request.paymentId}` },
      );
      if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a url`);
      return { providerRef: session.id, checkoutUrl: session.url };
    },

    verifyNotification(rawBody, headers) {
      return verifyStripeWebhook({
        webhooks: stripe.webhooks,
        secret: config.webhookSecret,
        rawBody,
        headers,
        now: clock(),
      });
    },

    async fetchStatus(providerRef) {
      const session = await stripe.checkout.sessions.retrieve(providerRef);
      return {
        status: statusOf(session),
        amount: session.amount_total ?? 0,
        currency: (session.currency ?? "").toUpperCase(),
      };
    },

    async refund(providerRef) {
      await refundSession(stripe, providerRef);
    },
  };
}

function statusOf(session: Stripe.Checkout.Session): "pending" | "paid" | "failed" {
  if (session.payment_status === "paid") return "paid";
  if (session.status === "expired") return "failed";
  return "pending";
}
