import type { MenuItem, OptionGroup } from "./schemas.js";

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

type GroupRule = Pick<OptionGroup, "options" | "minChoices" | "maxChoices">;

/** Where one group stands with a choice: how many of its options are taken, and what its rule makes of it. */
export interface GroupChoice {
  count: number;
  /** The group needs at least one choice. */
  required: boolean;
  /** Enough is chosen for the group's minimum. */
  satisfied: boolean;
  /** The group's maximum is reached: more can only replace a choice. */
  full: boolean;
}

export function groupChoice(group: GroupRule, chosen: ReadonlySet<string>): GroupChoice {
  const count = group.options.filter((option) => chosen.has(option.id)).length;
  return {
    count,
    required: group.minChoices > 0,
    satisfied: count >= group.minChoices,
    full: count >= group.maxChoices,
  };
}

/** The groups that still need a choice, in menu order, for the hint next to a disabled add button. */
export function missingGroups<Group extends GroupRule>(
  item: { optionGroups: readonly Group[] },
  optionIds: readonly string[],
): Group[] {
  const chosen = new Set(optionIds);
  return item.optionGroups.filter((group) => !groupChoice(group, chosen).satisfied);
}
