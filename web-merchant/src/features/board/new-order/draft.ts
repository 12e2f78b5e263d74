import { type MenuItem, type OrderLineInput, priceLine } from "@tabletap/shared";

/** A line staff have put together for the diner, with the item it came from for display. */
export interface DraftLine {
  key: string;
  item: MenuItem;
  optionIds: string[];
  quantity: number;
  note: string;
}

/** Toggles an option the way its group allows: one choice replaces another, several add up to the max. */
export function toggleOption(item: MenuItem, chosen: string[], optionId: string): string[] {
  const group = item.optionGroups.find((candidate) =>
    candidate.options.some((option) => option.id === optionId),
  );
  if (!group) return chosen;
  if (chosen.includes(optionId)) return chosen.filter((id) => id !== optionId);
  const inGroup = group.options.map((option) => option.id);
  if (group.maxChoices === 1) return [...chosen.filter((id) => !inGroup.includes(id)), optionId];
  const taken = chosen.filter((id) => inGroup.includes(id)).length;
  return taken >= group.maxChoices ? chosen : [...chosen, optionId];
}

/** The choice a sheet starts with: the first option of every group that needs exactly one. */
export const defaultOptions = (item: MenuItem): string[] =>
  item.optionGroups.flatMap((group) =>
    group.minChoices === 1 && group.maxChoices === 1 && group.options[0] ? [group.options[0].id] : [],
  );

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
