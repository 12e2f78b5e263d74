import { type OrderLineInput, orderMoneyProblem, priceLine } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { HttpError } from "../../http/errors.js";
import { menuVersion, withdrawnItems } from "./menu.repository.js";
import { type OrderableItem, orderableItems } from "./orderable-items.js";

export interface PricedLine {
  itemId: string;
  name: string;
  unitPrice: number;
  quantity: number;
  lineTotal: number;
  note: string;
  optionsJson: string;
}

export interface PricedOrder {
  /** The menu version the prices were read at (read before the menu, so never newer than it). */
  menuVersion: number;
  lines: PricedLine[];
  subtotal: number;
}

type LineRequest = { lines: OrderLineInput[] };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Prices every line from the shop's menu alone; refuses sold-out, withdrawn and unknown items, and lines or
 * orders outside the money limits (shared `money-limits.ts`). `version`
 * is the shop's menu version when the caller has just read it (never after the menu itself).
 */
export async function priceOrder(
  db: Db,
  shopId: string,
  request: LineRequest,
  version?: number,
): Promise<PricedOrder> {
  version ??= await menuVersion(db, shopId);
  const items = await orderableItems(db, shopId, version);
  const lines = await priceLines(db, shopId, items, request);
  const subtotal = lines.reduce((sum, line) => sum + line.lineTotal, 0);
  const tooLarge = orderMoneyProblem(subtotal);
  if (tooLarge) throw new HttpError(422, tooLarge.reason, tooLarge.message);
  return { menuVersion: version, lines, subtotal };
}

/**
 * Called inside the order's transaction with the menu version read while taking the shop's row, which
 * every menu change takes first too: if the menu changed after `priced` was read (an item sold out while
 * the diner was paying attention to their phone), the order is priced again, and refused if it no longer
 * can be.
 */
export async function confirmPrices(
  trx: Db,
  shopId: string,
  priced: PricedOrder,
  request: LineRequest,
  currentVersion: number,
): Promise<PricedOrder> {
  return currentVersion === priced.menuVersion ? priced : priceOrder(trx, shopId, request, currentVersion);
}

async function priceLines(
  db: Db,
  shopId: string,
  items: Map<string, OrderableItem>,
  request: LineRequest,
): Promise<PricedLine[]> {
  const missing = request.lines.map((line) => line.itemId).filter((id) => !items.has(id) && UUID.test(id));
  const withdrawn = await withdrawnItems(db, shopId, missing);
  return request.lines.map((line, index) => {
    const item = items.get(line.itemId);
    if (!item) {
      const name = withdrawn.get(line.itemId);
      if (name !== undefined) {
        throw new HttpError(
          409,
          "item_unavailable",
          `Sorry, ${name} is no longer on the menu. Please remove it and order again.`,
          { line: index, itemId: line.itemId, name },
        );
      }
      throw new HttpError(422, "unknown_item", "An item in your cart is not on this menu any more", {
        line: index,
      });
    }
    if (item.soldOut) {
      throw new HttpError(
        409,
        "sold_out",
        `Sorry, ${item.name} is sold out. Please remove it and order again.`,
        { line: index, itemId: item.id, name: item.name },
      );
    }
    const priced = priceLine(item, line.optionIds, line.quantity);
    if (!priced.ok) throw new HttpError(422, priced.reason, priced.message, { line: index });
    return {
      itemId: item.id,
      name: item.name,
      unitPrice: priced.unitPrice,
      quantity: line.quantity,
      lineTotal: priced.lineTotal,
      note: line.note ?? "",
      optionsJson: JSON.stringify(priced.options),
    };
  });
}
