/**
 * A UUID v4 for idempotency keys. `crypto.randomUUID` exists only in secure contexts, and a café testing
 * on its LAN over plain http is not one; `getRandomValues` works everywhere.
 */
export function randomId(): string {
  // Read off globalThis: Node has no such flag, and counts as not secure.
  const secure = Reflect.get(globalThis, "isSecureContext") === true;
  if (typeof crypto.randomUUID === "function" && secure) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
