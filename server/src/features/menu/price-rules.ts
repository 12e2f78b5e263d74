import {
  type Hours,
  itemAvailability,
  type MenuItem,
  type OrderLineInput,
  orderMoneyProblem,
  priceLine,
} from "@tabletap/shared";
import type { OrderLinesTable } from "../../db/schema.js";
import { type Failure, fail } from "../../lib/result.js";

/** An order line as priced, in the shape it is stored. */
export type PricedLine = Pick<
  OrderLinesTable,
  "itemId" | "name" | "unitPrice" | "quantity" | "lineTotal" | "note" | "optionsJson"
>;

export type PricedLines = { ok: true; lines: PricedLine[]; subtotal: number } | Failure;

/** A dish as priced: the menu's item with its category's hours. */
export type PricingItem = MenuItem & { categoryHours?: Hours };

/** When the order is placed, and the shop's time zone its dishes' hours are read in. */
export interface OrderMoment {
  now: number;
  timeZone: string;
}

/**
 * Why a dish cannot be ordered right now, worded and detailed like sold-out (the phone names the dish
 * and, when it opens later today, from when); null when it can.
 */
export function closedRefusal(item: PricingItem, at: OrderMoment, line?: number): Failure | null {
  const availability = itemAvailability({ hours: item.categoryHours }, item, at.now, at.timeZone);
  if (availability.open) return null;
  const when = availability.from ? `from ${availability.from}` : "later";
  return fail(
    "not_available_now",
    `Sorry, ${item.name} can be ordered ${when}. Please remove it and order again.`,
    {
      ...(line === undefined ? {} : { line }),
      itemId: item.id,
      name: item.name,
      ...(availability.from ? { availableFrom: availability.from } : {}),
    },
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids the lines ask for that the menu lacks and that could be real items: worth asking whether they were withdrawn. */
export const unknownItemIds = (
  items: ReadonlyMap<string, unknown>,
  lines: readonly OrderLineInput[],
): string[] => lines.map((line) => line.itemId).filter((id) => !items.has(id) && UUID.test(id));

/**
 * Prices every line from the menu alone, refusing at the first line that cannot be ordered: an item taken
 * off the menu (`withdrawn`: id → name, so the diner is told which), an unknown id, a sold-out item, one
 * outside its hours at `at`, a bad choice of options or a line outside the money limits; then the order as a
 * whole against its limit.
 */
export function priceLines(
  items: ReadonlyMap<string, PricingItem>,
  withdrawn: ReadonlyMap<string, string>,
  lines: readonly OrderLineInput[],
  at: OrderMoment,
): PricedLines {
  const priced: PricedLine[] = [];
  for (const [index, line] of lines.entries()) {
    const item = items.get(line.itemId);
    if (!item) return missingItem(withdrawn, line.itemId, index);
    if (item.soldOut) {
      return fail("sold_out", `Sorry, ${item.name} is sold out. Please remove it and order again.`, {
        line: index,
        itemId: item.id,
        name: item.name,
      });
    }
    const closed = closedRefusal(item, at, index);
    if (closed) return closed;
    const price = priceLine(item, line.optionIds, line.quantity);
    if (!price.ok) return fail(price.reason, price.message, { line: index });
    priced.push({
      itemId: item.id,
      name: item.name,
      unitPrice: price.unitPrice,
      quantity: line.quantity,
      lineTotal: price.lineTotal,
      note: line.note ?? "",
      // A line keeps what was chosen as the kitchen reads it: the menu's other languages stay on the menu.
      optionsJson: JSON.stringify(
        price.options.map(({ id, name, priceDelta }) => ({ id, name, priceDelta })),
      ),
    });
  }
  const subtotal = priced.reduce((sum, line) => sum + line.lineTotal, 0);
  const tooLarge = orderMoneyProblem(subtotal);
  if (tooLarge) return fail(tooLarge.reason, tooLarge.message);
  return { ok: true, lines: priced, subtotal };
}

function missingItem(withdrawn: ReadonlyMap<string, string>, itemId: string, index: number): Failure {
  const name = withdrawn.get(itemId);
  if (name === undefined) {
    return fail("unknown_item", "An item in your cart is not on this menu any more", { line: index });
  }
  return fail(
    "item_unavailable",
    `Sorry, ${name} is no longer on the menu. Please remove it and order again.`,
    {
      line: index,
      itemId,
      name,
    },
  );
}
