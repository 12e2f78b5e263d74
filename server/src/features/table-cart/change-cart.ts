import {
  type CartAddLine,
  MAX_CART_LINES,
  type PricedLine,
  priceLine,
  type TableCart,
} from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { menuVersion, orderableItems } from "../menu/index.js";
import { bumpVersion, ensureCartRow, loadCart } from "./cart.repository.js";

export type CartChange =
  | { kind: "add"; line: Required<CartAddLine> }
  | { kind: "setQuantity"; lineId: string; quantity: number }
  | { kind: "remove"; lineId: string };

export type CartRefusal = {
  code: "line_not_found" | "line_exists" | "cart_full" | "unknown_item" | "sold_out" | PricedLineRefusal;
  message: string;
};
type PricedLineRefusal = Extract<PricedLine, { ok: false }>["reason"];

export type CartChangeResult =
  | { ok: true; cart: TableCart; changed: boolean }
  | { ok: false; error: CartRefusal };

/** Thrown inside the transaction so nothing of a refused change is kept; returned as a value outside. */
class Refused extends Error {
  constructor(readonly refusal: CartRefusal) {
    super(refusal.message);
  }
}

/** Thrown to roll back the version taken for a change that turned out to change nothing. */
class Unchanged extends Error {}

const goneMessage = "Someone at your table removed this line a moment ago";

/**
 * Applies one change to a table's shared cart in a transaction that first takes the cart's next version,
 * so concurrent changes from several phones apply one after another, each on the cart the last one left.
 * Lines are addressed by id: a change to a line another phone removed is refused (`line_not_found`)
 * instead of resurrecting it or touching another line.
 */
export async function changeCart(
  db: Db,
  target: { tableId: string; shopId: string; now: number },
  change: CartChange,
): Promise<CartChangeResult> {
  try {
    await db.transaction().execute(async (trx) => {
      await ensureCartRow(trx, target);
      const version = await bumpVersion(trx, target.tableId, target.now);
      await apply(trx, target, change, version);
    });
    return { ok: true, cart: await loadCart(db, target.tableId), changed: true };
  } catch (error) {
    if (error instanceof Unchanged)
      return { ok: true, cart: await loadCart(db, target.tableId), changed: false };
    if (error instanceof Refused) return { ok: false, error: error.refusal };
    throw error;
  }
}

async function apply(
  trx: Db,
  target: { tableId: string; shopId: string },
  change: CartChange,
  version: number,
): Promise<void> {
  if (change.kind === "add") return addLine(trx, target, change.line, version);
  if (change.kind === "setQuantity") {
    const result = await trx
      .updateTable("tableCartLines")
      .set({ quantity: change.quantity })
      .where("id", "=", change.lineId)
      .where("tableId", "=", target.tableId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1)
      throw new Refused({ code: "line_not_found", message: goneMessage });
    return;
  }
  const result = await trx
    .deleteFrom("tableCartLines")
    .where("id", "=", change.lineId)
    .where("tableId", "=", target.tableId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) !== 1)
    throw new Refused({ code: "line_not_found", message: goneMessage });
}

async function addLine(
  trx: Db,
  target: { tableId: string; shopId: string },
  line: Required<CartAddLine>,
  version: number,
): Promise<void> {
  const optionIdsJson = JSON.stringify([...line.optionIds].sort());
  const existing = await trx
    .selectFrom("tableCartLines")
    .select(["tableId", "itemId", "optionIdsJson", "note"])
    .where("id", "=", line.lineId)
    .executeTakeFirst();
  if (existing) {
    // The phone retried an add whose answer it never got: the line is there already.
    const same =
      existing.tableId === target.tableId &&
      existing.itemId === line.itemId &&
      existing.optionIdsJson === optionIdsJson &&
      existing.note === line.note;
    if (same) throw new Unchanged();
    throw new Refused({ code: "line_exists", message: "This line id is taken; add the item again" });
  }
  // The line must be one the order could carry: an item on the menu with a valid choice of its own options
  // (not another dish's or another shop's), so no phone can fill the table's cart with what would fail later.
  const items = await orderableItems(trx, target.shopId, await menuVersion(trx, target.shopId));
  const item = items.get(line.itemId);
  if (!item) throw new Refused({ code: "unknown_item", message: "This dish is not on the menu any more" });
  if (item.soldOut) throw new Refused({ code: "sold_out", message: `Sorry, ${item.name} is sold out` });
  const priced = priceLine(item, line.optionIds, line.quantity);
  if (!priced.ok) throw new Refused({ code: priced.reason, message: priced.message });
  const count = await trx
    .selectFrom("tableCartLines")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("tableId", "=", target.tableId)
    .executeTakeFirstOrThrow();
  if (Number(count.n) >= MAX_CART_LINES) {
    throw new Refused({ code: "cart_full", message: `An order holds at most ${MAX_CART_LINES} lines` });
  }
  await trx
    .insertInto("tableCartLines")
    .values({
      id: line.lineId,
      tableId: target.tableId,
      shopId: target.shopId,
      itemId: line.itemId,
      quantity: line.quantity,
      optionIdsJson,
      note: line.note,
      addedBy: line.nickname,
      position: version,
    })
    .execute();
}
