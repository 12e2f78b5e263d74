import { type MenuItem, type OrderLineInput, priceLine } from "@tabletap/shared";

/** A line staff have put together for the diner, with the item it came from for display. */
export interface DraftLine {
  key: string;
  item: MenuItem;
  optionIds: string[];
  quantity: number;
  note: string;
}

/** What the server is sent: ids, quantities and notes only; it prices everything itself. */
export const toRequestLines = (lines: DraftLine[]): OrderLineInput[] =>
  lines.map((line) => ({
    itemId: line.item.id,
    quantity: line.quantity,
    optionIds: line.optionIds,
    ...(line.note.trim() ? { note: line.note.trim() } : {}),
  }));

/** The total shown while composing; the server's own pricing decides what the order costs. */
export const draftTotal = (lines: DraftLine[]): number =>
  lines.reduce((sum, line) => {
    const priced = priceLine(line.item, line.optionIds, line.quantity);
    return priced.ok ? sum + priced.lineTotal : sum;
  }, 0);
