import Stripe from "stripe";

/**
 * Refunds a paid Checkout Session in full through its PaymentIntent. The idempotency key is the session
 * id, so a refund job that re-runs (BullMQ is at-least-once) refunds once.
 */
export async function refundSession(stripe: Stripe, sessionId: string): Promise<void> {
  const session = await stripe.checkout.sessions.retrieve(sessionId);
  const paymentIntent =
    typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
  if (!paymentIntent) throw new Error(`Stripe checkout session ${sessionId} has no payment to refund`);
  try {
    await stripe.refunds.create({ payment_intent: paymentIntent }, { idempotencyKey: `refund-${sessionId}` });
  } catch (error) {
    // Stripe forgets idempotency keys after 24 hours; a job retried later than that meets the refund
    // it already made, which is the outcome it wanted.
    if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === "charge_already_refunded")
      return;
    throw error;
  }
}
