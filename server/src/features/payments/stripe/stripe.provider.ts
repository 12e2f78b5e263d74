import type { Config } from "../../../config.js";
import type { Db } from "../../../db/database.js";
import type { PaymentProvider } from "../provider.js";

/** Stripe Checkout: a Checkout Session per order, webhooks verified with stripe.webhooks.constructEvent. */
export function createStripeProvider(_deps: {
  config: NonNullable<Config["stripe"]>;
  db: Db;
  clock: () => number;
}): PaymentProvider {
  throw new Error("The Stripe adapter is not available in this build");
}
