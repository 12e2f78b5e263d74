import type { MenuItem, MenuOption } from "../menu/schemas.js";
import { lineMoneyProblem, type MoneyProblem } from "./money-limits.js";

export type PricedLine =
  | { ok: true; unitPrice: number; lineTotal: number; options: MenuOption[] }
  | { ok: false; reason: "invalid_options"; message: string }
  | ({ ok: false } & MoneyProblem);

/**
 * Prices one line from the menu alone: base price plus each chosen option's delta, times quantity.
 * Checks the choice against every option group's min/max so a line can't skip a required choice, and the
 * result against the money limits, so no line is negative or too large to store.
 */
export function priceLine(item: MenuItem, optionIds: readonly string[], quantity: number): PricedLine {
  const chosen = new Set(optionIds);
  if (chosen.size !== optionIds.length) {
    return { ok: false, reason: "invalid_options", message: `"${item.name}": an option was chosen twice` };
  }
  const picked: MenuOption[] = [];
  for (const group of item.optionGroups) {
    const inGroup = group.options.filter((option) => chosen.has(option.id));
    if (inGroup.length < group.minChoices || inGroup.length > group.maxChoices) {
      return { ok: false, reason: "invalid_options", message: describeRange(item.name, group) };
    }
    picked.push(...inGroup);
  }
  if (picked.length !== chosen.size) {
    return {
      ok: false,
      reason: "invalid_options",
      message: `"${item.name}": an option does not belong to it`,
    };
  }
  const unitPrice = chosenUnitPrice(item, optionIds);
  const lineTotal = unitPrice * quantity;
  const problem = lineMoneyProblem(item.name, unitPrice, lineTotal);
  if (problem) return { ok: false, ...problem };
  return { ok: true, unitPrice, lineTotal, options: picked };
}

function describeRange(itemName: string, group: { name: string; minChoices: number; maxChoices: number }) {
  const { name, minChoices: min, maxChoices: max } = group;
  const range = min === max ? `exactly ${min}` : `${min} to ${max}`;
  return `"${itemName}": choose ${range} of "${name}"`;
}

/** The item's price with the price change of every chosen option, whether or not the choice is complete yet. */
export function chosenUnitPrice(
  item: Pick<MenuItem, "price" | "optionGroups">,
  optionIds: readonly string[],
): number {
  const chosen = new Set(optionIds);
  return item.optionGroups
    .flatMap((group) => group.options)
    .filter((option) => chosen.has(option.id))
    .reduce((sum, option) => sum + option.priceDelta, item.price);
}
