import { createHmac, timingSafeEqual } from "node:crypto";

/** Notifications older than this are refused, so a captured one can't be replayed later. */
export const SIGNATURE_TOLERANCE_MS = 5 * 60 * 1000;

/** Stripe-style signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export function signPayload(secret: string, body: string, at: number): string {
  const t = Math.floor(at / 1000);
  return `t=${t},v1=${hmac(secret, `${t}.${body}`)}`;
}

export function verifySignature(
  secret: string,
  rawBody: Buffer,
  header: string | undefined,
  now: number,
): "ok" | "invalid_signature" | "stale" {
  const parts = new Map((header ?? "").split(",").map((part) => part.split("=", 2) as [string, string]));
  const t = Number(parts.get("t"));
  const given = parts.get("v1");
  if (!Number.isInteger(t) || !given) return "invalid_signature";
  const expected = hmac(secret, `${t}.${rawBody.toString("utf8")}`);
  const a = Buffer.from(expected, "hex");
  const b = Buffer.from(given, "hex");
  if (a.length !== b.length || !timingSafeEqual(a, b)) return "invalid_signature";
  return Math.abs(now - t * 1000) > SIGNATURE_TOLERANCE_MS ? "stale" : "ok";
}

const hmac = (secret: string, data: string) => createHmac("sha256", secret).update(data).digest("hex");
