import { isRecord, readJson, writeJson } from "./storage";

/** What this phone remembers about an order it placed: the token is the only way to read it back. */
export interface StoredOrder {
  orderToken: string;
  shopName: string;
  /** The shop's locale, for formatting money; the order payload carries only the currency. */
  locale: string;
  /** The shop's timezone, so "placed at" shows the café's clock rather than the phone's. */
  timezone?: string;
  /** Where "Order more" leads: the menu this order came from. */
  menuPath: string;
  pickupNumber: number;
  createdAt: string;
  /** The receipt's share token once the diner opened it, so its page can offer "Email me this receipt". */
  receiptToken?: string;
}

const KEY = "tabletap:orders:v1";
const MAX_ORDERS = 20;

// Used when localStorage refuses writes, so the order page still opens right after ordering.
const memory = new Map<string, StoredOrder>();

function isStoredOrder(value: unknown): value is StoredOrder {
  return (
    isRecord(value) &&
    typeof value.orderToken === "string" &&
    typeof value.shopName === "string" &&
    typeof value.locale === "string" &&
    (value.timezone === undefined || typeof value.timezone === "string") &&
    typeof value.menuPath === "string" &&
    typeof value.pickupNumber === "number" &&
    typeof value.createdAt === "string" &&
    (value.receiptToken === undefined || typeof value.receiptToken === "string")
  );
}

function readAll(): Map<string, StoredOrder> {
  const all = new Map(memory);
  const raw = readJson(KEY);
  if (isRecord(raw)) {
    for (const [id, entry] of Object.entries(raw)) if (isStoredOrder(entry)) all.set(id, entry);
  }
  return all;
}

export function saveOrder(id: string, entry: StoredOrder): void {
  memory.set(id, entry);
  const all = readAll();
  all.set(id, entry);
  // Keep the newest few: a regular's phone should not collect every coffee they ever ordered.
  const newest = [...all].sort(([, a], [, b]) => b.createdAt.localeCompare(a.createdAt)).slice(0, MAX_ORDERS);
  writeJson(KEY, Object.fromEntries(newest));
}

export function getStoredOrder(id: string): StoredOrder | undefined {
  return readAll().get(id);
}

export function listStoredOrders(): Array<StoredOrder & { id: string }> {
  return [...readAll()]
    .map(([id, entry]) => ({ ...entry, id }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The diner deletes an order from this phone's history; its token is then gone from the phone too. */
export function removeStoredOrder(id: string): void {
  memory.delete(id);
  const all = readAll();
  all.delete(id);
  writeJson(KEY, Object.fromEntries(all));
}

export function rememberReceipt(id: string, receiptToken: string): void {
  const entry = getStoredOrder(id);
  if (entry && entry.receiptToken !== receiptToken) saveOrder(id, { ...entry, receiptToken });
}

/** The order on this phone that a receipt link belongs to, if the diner opened their own receipt. */
export function findOrderByReceipt(receiptToken: string): (StoredOrder & { id: string }) | undefined {
  return listStoredOrders().find((entry) => entry.receiptToken === receiptToken);
}
