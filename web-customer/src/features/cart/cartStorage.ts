import { MAX_QUANTITY } from "@tabletap/shared";
import { isRecord, readJson, removeKey, writeJson } from "../../lib/storage";
import { type Cart, type CartLine, emptyCart } from "./cart";

// A cart left overnight belongs to yesterday's visit, not to whoever scans this table next time.
const MAX_AGE_MS = 12 * 60 * 60 * 1000;

const keyFor = (tableToken: string) => `tabletap:cart:v1:${tableToken}`;

function isCartLine(value: unknown): value is CartLine {
  return (
    isRecord(value) &&
    typeof value.key === "string" &&
    typeof value.itemId === "string" &&
    typeof value.name === "string" &&
    Array.isArray(value.optionIds) &&
    value.optionIds.every((id) => typeof id === "string") &&
    Number.isInteger(value.quantity) &&
    (value.quantity as number) >= 1 &&
    (value.quantity as number) <= MAX_QUANTITY &&
    typeof value.note === "string"
  );
}

/** Reads back a saved cart, dropping anything stale or not shaped like this version's cart. */
export function loadCart(tableToken: string): Cart {
  const raw = readJson(keyFor(tableToken));
  if (!isRecord(raw) || typeof raw.updatedAt !== "number" || !Array.isArray(raw.lines)) return emptyCart();
  if (Date.now() - raw.updatedAt > MAX_AGE_MS) return emptyCart();
  return {
    lines: raw.lines.filter(isCartLine),
    note: typeof raw.note === "string" ? raw.note : "",
    payment: raw.payment === "online" || raw.payment === "counter" ? raw.payment : null,
    submissionKey: typeof raw.submissionKey === "string" ? raw.submissionKey : null,
    updatedAt: raw.updatedAt,
  };
}

export function saveCart(tableToken: string, cart: Cart): void {
  if (cart.lines.length === 0 && cart.note === "") removeKey(keyFor(tableToken));
  else writeJson(keyFor(tableToken), cart);
}
