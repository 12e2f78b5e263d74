import { type MenuItem, type MenuOption, priceLine } from "@tabletap/shared";
import type { Cart, CartLine } from "./cart";

/** Quantity per item id across all lines (the same item with different options counts once per line). */
export function countByItem(lines: readonly CartLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line.itemId, (counts.get(line.itemId) ?? 0) + line.quantity);
  return counts;
}

/** Why a saved line can't be ordered as it is: the menu changed after it was added. */
export type LineProblem = "unavailable" | "sold_out" | "invalid_options";

export interface PricedCartLine {
  line: CartLine;
  name: string;
  options: MenuOption[];
  lineTotal: number;
  problem: LineProblem | null;
}

export interface PricedCart {
  lines: PricedCartLine[];
  /** Number of items (quantities summed), for the cart badge. */
  count: number;
  total: number;
  canOrder: boolean;
}

/**
 * Prices the cart with the shared `priceLine`, the same function the server uses, so the total shown is
 * the total charged. Lines the current menu no longer allows are kept but flagged and left out of the total.
 */
export function priceCart(cart: Cart, items: ReadonlyMap<string, MenuItem>): PricedCart {
  const lines = cart.lines.map((line): PricedCartLine => {
    const item = items.get(line.itemId);
    if (!item) return { line, name: line.name, options: [], lineTotal: 0, problem: "unavailable" };
    const priced = priceLine(item, line.optionIds, line.quantity);
    if (!priced.ok) return { line, name: item.name, options: [], lineTotal: 0, problem: "invalid_options" };
    const problem = item.soldOut ? "sold_out" : null;
    return { line, name: item.name, options: priced.options, lineTotal: priced.lineTotal, problem };
  });
  const orderable = lines.filter((line) => line.problem === null);
  return {
    lines,
    count: orderable.reduce((sum, line) => sum + line.line.quantity, 0),
    total: orderable.reduce((sum, line) => sum + line.lineTotal, 0),
    canOrder: orderable.length > 0 && orderable.length === lines.length,
  };
}
