/**
 * How much money one order may hold, in minor units. Far above any real café bill, and chosen so the sums
 * the server stores stay exact on both databases: an order's total plus the largest tip fits even a 32-bit
 * column, and money columns are 64-bit on PostgreSQL anyway (migration 0018).
 */
/** Most one order line may come to: 1,000,000.00 in a two-decimal currency. */
export const MAX_LINE_TOTAL = 100_000_000;
/** Most one order's subtotal may come to: 10,000,000.00 in a two-decimal currency. */
export const MAX_ORDER_TOTAL = 1_000_000_000;

/** What of an item decides its prices: its own price and its option groups' rules and deltas. */
export interface PricedItemShape {
  price: number;
  optionGroups: readonly {
    minChoices: number;
    maxChoices: number;
    options: readonly { priceDelta: number }[];
  }[];
}

export type MoneyProblem =
  | { reason: "negative_line_price"; message: string }
  | { reason: "line_total_too_large"; message: string }
  | { reason: "order_total_too_large"; message: string };

/**
 * The lowest unit price any allowed choice of options gives the item: per group, the `minChoices` cheapest
 * options must be taken, and further ones are taken only while they lower the price, up to `maxChoices`.
 */
export function cheapestUnitPrice(item: PricedItemShape): number {
  let lowest = item.price;
  for (const group of item.optionGroups) {
    const deltas = group.options.map((option) => option.priceDelta).sort((a, b) => a - b);
    deltas.slice(0, group.maxChoices).forEach((delta, index) => {
      if (index < group.minChoices || delta < 0) lowest += delta;
    });
  }
  return lowest;
}

/** Refuses a line that would pay the diner (a discount option larger than the dish) or break the limits. */
export function lineMoneyProblem(name: string, unitPrice: number, lineTotal: number): MoneyProblem | null {
  if (unitPrice < 0) {
    return {
      reason: "negative_line_price",
      message: `"${name}" with these options comes to less than nothing; please ask a member of staff`,
    };
  }
  if (lineTotal > MAX_LINE_TOTAL) {
    return {
      reason: "line_total_too_large",
      message: `"${name}": that is more than one line of an order may come to; please order fewer`,
    };
  }
  return null;
}

/** Refuses an order whose lines add up to more than one order may hold. */
export function orderMoneyProblem(subtotal: number): MoneyProblem | null {
  if (subtotal <= MAX_ORDER_TOTAL) return null;
  return {
    reason: "order_total_too_large",
    message: "That is more than one order may come to; please split it into smaller orders",
  };
}
