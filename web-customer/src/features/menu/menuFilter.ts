import type { Allergen, MenuCategory, MenuItem } from "@tabletap/shared";

export interface MenuFilter {
  /** Words the diner typed; a dish matches when its name or description holds every one. */
  query: string;
  /** Allergens the diner avoids: a dish that states any of them is hidden. */
  avoid: readonly Allergen[];
}

/** Case does not count: "LATTE" finds "Latte". */
const fold = (text: string) => text.toLowerCase();

const matches = (item: MenuItem, words: readonly string[]) => {
  const text = fold(`${item.name}\n${item.description}`);
  return words.every((word) => text.includes(word));
};

/** The menu as the diner filtered it, in the language it is shown in; categories left empty are dropped. */
export function filterMenu(categories: readonly MenuCategory[], filter: MenuFilter): MenuCategory[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  if (words.length === 0 && filter.avoid.length === 0) return [...categories];
  return categories
    .map((category) => ({
      ...category,
      items: category.items.filter(
        (item) =>
          matches(item, words) && !(item.allergens ?? []).some((allergen) => filter.avoid.includes(allergen)),
      ),
    }))
    .filter((category) => category.items.length > 0);
}
