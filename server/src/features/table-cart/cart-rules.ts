import {
  type CartAddLine,
  MAX_CART_LINES,
  type MenuItem,
  type PricedLine,
  priceLine,
} from "@tabletap/shared";
import type { OrderLinesTable, TableCartLinesTable } from "../../db/schema.js";

type PricedLineRefusal = Extract<PricedLine, { ok: false }>["reason"];

export type CartRefusal = {
  code:
    | "line_not_found"
    | "line_exists"
    | "cart_full"
    | "unknown_item"
    | "sold_out"
    | "not_available_now"
    | PricedLineRefusal;
  message: string;
};

type CartLine = { itemId: string; optionIds: readonly string[]; note: string };

/** A line's choice of options as stored: the same choice always gives the same text, whatever the order. */
export const optionIdsKey = (optionIds: readonly string[]): string => JSON.stringify([...optionIds].sort());

/** A change to a line another phone removed a moment ago. */
export const lineGone: CartRefusal = {
  code: "line_not_found",
  message: "Someone at your table removed this line a moment ago",
};

/**
 * An add whose line id is already in some cart: the phone retrying an add whose answer it never got (the
 * same line at the same table changes nothing), or a clash that must not touch the other line.
 */
export function repeatedAdd(
  existing: { tableId: string; itemId: string; optionIdsJson: string; note: string },
  add: { tableId: string; line: CartLine },
): "unchanged" | CartRefusal {
  const { line } = add;
  const same =
    existing.tableId === add.tableId &&
    existing.itemId === line.itemId &&
    existing.optionIdsJson === optionIdsKey(line.optionIds) &&
    existing.note === line.note;
  return same ? "unchanged" : { code: "line_exists", message: "This line id is taken; add the item again" };
}

/**
 * Only a line the order could carry goes in: an item on the menu, not sold out, with a valid choice of its
 * own options, so no phone can fill the table's cart with what would fail at checkout.
 */
export function menuRefusal(item: MenuItem | undefined, line: Required<CartAddLine>): CartRefusal | null {
  if (!item) return { code: "unknown_item", message: "This dish is not on the menu any more" };
  if (item.soldOut) return { code: "sold_out", message: `Sorry, ${item.name} is sold out` };
  const priced = priceLine(item, line.optionIds, line.quantity);
  return priced.ok ? null : { code: priced.reason, message: priced.message };
}

/** A cart holds no more lines than one order may. */
export const fullCart = (lines: number): CartRefusal | null =>
  lines >= MAX_CART_LINES
    ? { code: "cart_full", message: `An order holds at most ${MAX_CART_LINES} lines` }
    : null;

const canonical = (line: CartLine & { quantity: number }) =>
  JSON.stringify([line.itemId, line.quantity, [...line.optionIds].sort(), line.note.trim()]);

/**
 * An order claims the shared cart only with exactly its lines: no more, no fewer, no other quantities,
 * options or notes (in any order; notes compared without surrounding spaces).
 */
export function sameLines(
  inCart: readonly (CartLine & { quantity: number })[],
  ordered: readonly (Omit<CartLine, "note"> & { quantity: number; note?: string | undefined })[],
): boolean {
  const cart = inCart.map(canonical).sort();
  const order = ordered.map((line) => canonical({ ...line, note: line.note ?? "" })).sort();
  return JSON.stringify(cart) === JSON.stringify(order);
}

/** How many of an abandoned order's lines fit back into a cart holding `lines`. */
export const roomLeft = (lines: number): number => Math.max(0, MAX_CART_LINES - lines);

/**
 * The cart lines an expired order gives back, after what the table added meanwhile: each takes the next
 * version as its position, in the order's line order, and the cart's version ends at the last one.
 */
export function restoredLines(
  lines: readonly Pick<OrderLinesTable, "itemId" | "quantity" | "optionsJson" | "note">[],
  restore: { version: number; addedBy: string },
): { version: number; lines: Omit<TableCartLinesTable, "id" | "tableId" | "shopId">[] } {
  return {
    version: restore.version + Math.max(0, lines.length - 1),
    lines: lines.map((line, index) => ({
      itemId: line.itemId,
      quantity: Number(line.quantity),
      optionIdsJson: optionIdsKey(
        (JSON.parse(line.optionsJson) as { id: string }[]).map((option) => option.id),
      ),
      note: line.note,
      addedBy: restore.addedBy,
      position: restore.version + index,
    })),
  };
}
