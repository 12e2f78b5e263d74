import type { CartAddLine, TableCart } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { closedAt, menuVersion, orderableItems } from "../menu/index.js";
import { bumpVersion, ensureCartRow, loadCart } from "./cart.repository.js";
import {
  countCartLines,
  deleteCartLine,
  findCartLine,
  insertCartLines,
  setLineQuantity,
} from "./cart-lines.repository.js";
import {
  type CartRefusal,
  fullCart,
  lineGone,
  menuRefusal,
  optionIdsKey,
  repeatedAdd,
} from "./cart-rules.js";

export type { CartRefusal } from "./cart-rules.js";

export type CartChange =
  | { kind: "add"; line: Required<CartAddLine> }
  | { kind: "setQuantity"; lineId: string; quantity: number }
  | { kind: "remove"; lineId: string };

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
  target: { tableId: string; shopId: string; now: number },
  change: CartChange,
  version: number,
): Promise<void> {
  if (change.kind === "add") return addLine(trx, target, change.line, version);
  const line = { tableId: target.tableId, lineId: change.lineId };
  const applied =
    change.kind === "setQuantity"
      ? await setLineQuantity(trx, { ...line, quantity: change.quantity })
      : await deleteCartLine(trx, line);
  if (!applied) throw new Refused(lineGone);
}

async function addLine(
  trx: Db,
  target: { tableId: string; shopId: string; now: number },
  line: Required<CartAddLine>,
  version: number,
): Promise<void> {
  const existing = await findCartLine(trx, line.lineId);
  if (existing) {
    // The phone retried an add whose answer it never got, or the id clashes with another line.
    const repeat = repeatedAdd(existing, { tableId: target.tableId, line });
    throw repeat === "unchanged" ? new Unchanged() : new Refused(repeat);
  }
  const items = await orderableItems(trx, target.shopId, await menuVersion(trx, target.shopId));
  const item = items.get(line.itemId);
  const wrong = menuRefusal(item, line);
  if (wrong) throw new Refused(wrong);
  // Like sold-out: a dish outside its hours does not go into the table's cart either.
  const closed = item && (await closedAt(trx, target.shopId, item, target.now));
  if (closed) throw new Refused({ code: "not_available_now", message: closed.message });
  const full = fullCart(await countCartLines(trx, target.tableId));
  if (full) throw new Refused(full);
  await insertCartLines(trx, [
    {
      id: line.lineId,
      tableId: target.tableId,
      shopId: target.shopId,
      itemId: line.itemId,
      quantity: line.quantity,
      optionIdsJson: optionIdsKey(line.optionIds),
      note: line.note,
      addedBy: line.nickname,
      position: version,
    },
  ]);
}
