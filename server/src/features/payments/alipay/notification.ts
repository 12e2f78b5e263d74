import type { AlipaySdk } from "alipay-sdk";
import { z } from "zod";
import type { ProviderEvent, VerifyResult } from "../provider.js";
import { yuanToFen } from "./money.js";

// The fields of an asynchronous trade notification this app relies on; Alipay sends many more, all signed.
const notificationSchema = z.object({
  notify_id: z.string().min(1),
  app_id: z.string().min(1),
  seller_id: z.string().min(1),
  out_trade_no: z.string().min(1),
  trade_status: z.string().min(1),
  total_amount: z.string(),
  gmt_refund: z.string().optional(),
  refund_fee: z.string().optional(),
});

const EVENT_TYPES = new Map<string, ProviderEvent["type"]>([
  ["TRADE_SUCCESS", "payment.succeeded"],
  ["TRADE_FINISHED", "payment.succeeded"],
  ["TRADE_CLOSED", "payment.failed"],
]);

function signatureValid(sdk: AlipaySdk, fields: Record<string, string>): boolean {
  // RSA2 only: the SDK would otherwise follow the sender's sign_type down to RSA-SHA1, or throw on an
  // unknown one (a forged request must get a 400, not a 500).
  if (fields.sign_type !== undefined && fields.sign_type !== "RSA2") return false;
  try {
    // URLSearchParams has already percent-decoded the values; V2 checks them as they are instead of
    // decoding twice (which breaks on any "%" in a value).
    return sdk.checkNotifySignV2(fields);
  } catch {
    return false;
  }
}

/**
 * Reads an Alipay asynchronous notification (application/x-www-form-urlencoded) from its raw body.
 * `{ok:true, event:null}` means "genuine, but nothing to record" — Alipay still gets its `success`.
 */
export function readNotification(
  deps: { sdk: AlipaySdk; appId: string; sellerId: string },
  rawBody: Buffer,
): VerifyResult {
  // One object feeds both the signature check and the fields read below, so a repeated key cannot make
  // them disagree.
  const fields = Object.fromEntries(new URLSearchParams(rawBody.toString("utf8")));
  if (!signatureValid(deps.sdk, fields)) return { ok: false, reason: "invalid_signature" };
  const parsed = notificationSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, reason: "malformed" };
  const note = parsed.data;
  // Genuinely from Alipay, but about another app's or merchant's money: no proof of a payment to us.
  if (note.app_id !== deps.appId || note.seller_id !== deps.sellerId) {
    return { ok: false, reason: "invalid_signature" };
  }
  // Our own refunds come back as notifications too (TRADE_SUCCESS for a partial one, TRADE_CLOSED for a
  // full one); the refund job already owns that state, and TRADE_CLOSED must not read as a failed payment.
  if (note.gmt_refund !== undefined || note.refund_fee !== undefined) return { ok: true, event: null };
  const type = EVENT_TYPES.get(note.trade_status);
  // WAIT_BUYER_PAY and anything newer: acknowledged so Alipay stops retrying, nothing to settle yet.
  if (!type) return { ok: true, event: null };
  const amount = yuanToFen(note.total_amount);
  if (amount === null) return { ok: false, reason: "malformed" };
  return {
    ok: true,
    event: { eventId: note.notify_id, type, providerRef: note.out_trade_no, amount, currency: "CNY" },
  };
}
