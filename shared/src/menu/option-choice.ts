import type { MenuItem } from "./schemas.js";

/**
 * The choice a dish sheet opens with: a required single-choice group (size, temperature) starts on its
 * first option, the one the shop lists first, so the common order is one tap; every other group starts empty.
 * The cheapest option is not preferred: the shop's order is the shop's default.
 */
export const defaultOptionIds = (item: Pick<MenuItem, "optionGroups">): string[] =>
  item.optionGroups.flatMap((group) => {
    const first = group.options[0];
    return group.minChoices === 1 && group.maxChoices === 1 && first ? [first.id] : [];
  });

/**
 * Picks or unpicks one option the way its group allows: in a single-choice group a pick replaces the
 * group's other choice; in a multi-choice group picks add up to the group's maximum, beyond which nothing changes.
 */
export function toggleOption(
  item: Pick<MenuItem, "optionGroups">,
  chosen: string[],
  optionId: string,
): string[] {
  const group = item.optionGroups.find((candidate) =>
    candidate.options.some((option) => option.id === optionId),
  );
  if (!group) return chosen;
  if (chosen.includes(optionId)) return chosen.filter((id) => id !== optionId);
  const inGroup = new Set(group.options.map((option) => option.id));
  if (group.maxChoices === 1) return [...chosen.filter((id) => !inGroup.has(id)), optionId];
  const taken = chosen.filter((id) => inGroup.has(id)).length;
  return taken >= group.maxChoices ? chosen : [...chosen, optionId];
}
