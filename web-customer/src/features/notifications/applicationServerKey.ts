/**
 * The server hands out its VAPID public key as base64url text; `pushManager.subscribe` wants the raw bytes
 * (the string form is not accepted by every browser that does Web Push).
 */
export function base64UrlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replace(/-/g, "+").replace(/_/g, "/");
  const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
  return Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
}

/** Whether a subscription the browser already holds was made for this key (a new key needs a new one). */
export function isSameKey(existing: ArrayBuffer | null, key: Uint8Array): boolean {
  if (!existing || existing.byteLength !== key.byteLength) return false;
  const bytes = new Uint8Array(existing);
  return bytes.every((byte, index) => byte === key[index]);
}
