import type { Db } from "../../db/database.js";

type Ordered = "categories" | "items" | "optionGroups" | "options";

interface Sibling {
  id: string;
  position: number;
}

/**
 * Moves one row to `position` among its siblings (given in display order) and renumbers them 0..n-1,
 * writing only rows whose number changed. A position past the end means last.
 */
export async function moveTo(
  trx: Db,
  table: Ordered,
  siblings: Sibling[],
  id: string,
  position: number,
): Promise<void> {
  const others = siblings.filter((sibling) => sibling.id !== id);
  const order = [
    ...others.slice(0, position).map((s) => s.id),
    id,
    ...others.slice(position).map((s) => s.id),
  ];
  const before = new Map(siblings.map((sibling) => [sibling.id, sibling.position]));
  for (const [index, rowId] of order.entries()) {
    if (before.get(rowId) === index) continue;
    await trx.updateTable(table).set({ position: index }).where("id", "=", rowId).execute();
  }
}

/** Where a new row goes: after its last sibling. */
export const nextPosition = (siblings: Sibling[]): number =>
  siblings.reduce((last, sibling) => Math.max(last, sibling.position + 1), 0);
