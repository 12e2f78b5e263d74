import Stripe from "stripe";
import type { VerifyResult } from "../provider.js";
import { toProviderEvent } from "./stripe.events.js";

/** Stripe's own default: a signed notification older than five minutes may be a replay. */
const TOLERANCE_SECONDS = 300;

/**
 * Verifies a Stripe webhook on its raw bytes with stripe.webhooks.constructEvent (any re-serialised
 * body would fail the HMAC), then maps it. `now` is the app clock, so tests can move time.
 */
export function verifyStripeWebhook(options: {
  webhooks: Stripe["webhooks"];
  secret: string;
  rawBody: Buffer;
  headers: Record<string, string | string[] | undefined>;
  now: number;
}): VerifyResult {
  const { webhooks, secret, rawBody, now } = options;
  const header = options.headers["stripe-signature"];
  // The library throws a plain Error for an array header; a duplicated header is simply not valid.
  if (typeof header !== "string" || header === "") return { ok: false, reason: "invalid_signature" };
  const construct = (toleranceSeconds: number) =>
    webhooks.constructEvent(rawBody, header, secret, toleranceSeconds, undefined, now);

  let event: Stripe.Event;
  try {
    event = construct(TOLERANCE_SECONDS);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError)
      return { ok: false, reason: verifiesIgnoringAge(construct) ? "stale" : "invalid_signature" };
    // Anything else is thrown only after the signature matched: a signed body that isn't a usable event.
    return { ok: false, reason: "malformed" };
  }
  const mapped = toProviderEvent(event);
  if (mapped === "malformed") return { ok: false, reason: "malformed" };
  return { ok: true, event: mapped };
}

/**
 * Tells a stale notification from a forged one without parsing error messages: the library checks the
 * signature before the age, and tolerance 0 turns the age check off (stripe ≥ 23), so a notification
 * that verifies that way failed on age alone.
 */
function verifiesIgnoringAge(construct: (toleranceSeconds: number) => unknown): boolean {
  try {
    construct(0);
    return true;
  } catch {
    return false;
  }
}
