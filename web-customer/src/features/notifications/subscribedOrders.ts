import { isRecord, readJson, writeJson } from "../../lib/storage";

// orderId → when this phone signed up for its "ready" push.
const KEY = "tabletap:push-orders:v1";
const MAX_ORDERS = 20;

function readAll(): Record<string, string> {
  const raw = readJson(KEY);
  if (!isRecord(raw)) return {};
  return Object.fromEntries(
    Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

/** Whether this phone already asked to be notified about the order, so the page says "on" after a reload. */
export function isSubscribed(orderId: string): boolean {
  return orderId in readAll();
}

export function rememberSubscribed(orderId: string, at = new Date()): void {
  const all = { ...readAll(), [orderId]: at.toISOString() };
  // Only the newest few: old orders are finished and will never be pushed again.
  const newest = Object.entries(all)
    .sort(([, a], [, b]) => b.localeCompare(a))
    .slice(0, MAX_ORDERS);
  writeJson(KEY, Object.fromEntries(newest));
}
