import { isRecord, readJson, removeKey, writeJson } from "../../lib/storage";

// Like the cart: a code applied last night is not today's visit.
const MAX_AGE_MS = 12 * 60 * 60 * 1000;

const keyFor = (token: string) => `tabletap:coupon:v1:${token}`;

/** The code this phone applied at this table or counter, so a reload keeps it (the server checks it again). */
export function loadCouponCode(token: string): string | null {
  const raw = readJson(keyFor(token));
  if (!isRecord(raw) || typeof raw.code !== "string" || typeof raw.savedAt !== "number") return null;
  return Date.now() - raw.savedAt > MAX_AGE_MS ? null : raw.code;
}

export function saveCouponCode(token: string, code: string | null): void {
  if (code === null) removeKey(keyFor(token));
  else writeJson(keyFor(token), { code, savedAt: Date.now() });
}
