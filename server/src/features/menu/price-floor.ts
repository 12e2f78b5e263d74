import { cheapestUnitPrice } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { type Failure, fail } from "../../lib/result.js";
import { loadMerchantMenu } from "./menu.repository.js";

/** itemId → the item's name and the lowest unit price its options allow; hidden items too (they can return). */
export type PriceFloors = Map<string, { name: string; lowest: number }>;

export async function priceFloors(db: Db, shopId: string): Promise<PriceFloors> {
  const categories = await loadMerchantMenu(db, shopId);
  return new Map(
    categories
      .flatMap((category) => category.items)
      .map((item) => [item.id, { name: item.name, lowest: cheapestUnitPrice(item) }]),
  );
}

/**
 * A discount option may lower a dish's price, never below zero: a negative line would pay the diner and
 * break the order's totals. Any edit (a price, a delta, a group's min/max, a deleted group) that lets some
 * choice of options go below zero is refused; a menu that already allowed it (from before this rule) may
 * still be edited, as long as the edit does not make it worse.
 */
export function negativeLine(before: PriceFloors, after: PriceFloors): Failure | undefined {
  for (const [itemId, { name, lowest }] of after) {
    if (lowest >= 0) continue;
    const earlier = before.get(itemId)?.lowest;
    if (earlier !== undefined && earlier <= lowest) continue;
    return fail(
      "negative_line_price",
      `"${name}" could then be ordered for less than nothing: its price plus its cheapest choice of options ` +
        "must not go below zero",
      { itemId, lowestUnitPrice: lowest },
    );
  }
  return undefined;
}
