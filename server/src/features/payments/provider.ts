/** A verified notification, in the provider-neutral form the confirm job works with. */
export interface ProviderEvent {
  eventId: string;
  type: "payment.succeeded" | "payment.failed";
  providerRef: string;
  amount: number;
  currency: string;
}

/** `event: null` is a genuine notification about something we don't act on (acknowledged, not stored). */
export type VerifyResult =
  | { ok: true; event: ProviderEvent | null }
  | { ok: false; reason: "invalid_signature" | "stale" | "malformed" };

export interface CheckoutRequest {
  paymentId: string;
  amount: number;
  currency: string;
  merchantName: string;
  /** The shop's locale (BCP 47), for a checkout page that shows money the way the shop does. */
  locale: string;
  /** Where the provider sends the diner back after paying or cancelling. */
  returnUrl: string;
}

/**
 * What the payment flow needs from a provider. Adapters (sandbox, Stripe, Alipay) implement it; the rest of
 * the app never sees a provider's own formats.
 */
export interface PaymentProvider {
  readonly name: string;
  createCheckout(request: CheckoutRequest): Promise<{ providerRef: string; checkoutUrl: string }>;
  /** Checks a notification from its raw body and headers; never trusts a parsed body. */
  verifyNotification(rawBody: Buffer, headers: Record<string, string | string[] | undefined>): VerifyResult;
  fetchStatus(
    providerRef: string,
  ): Promise<{ status: "pending" | "paid" | "failed"; amount: number; currency: string }>;
  refund(providerRef: string, amount: number): Promise<void>;
  /** The body the provider expects once a notification is safely stored (default: JSON). Alipay wants "success". */
  readonly acknowledgement?: { contentType: string; body: string };
}
