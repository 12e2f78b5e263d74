import type { MenuItem, TableMenu } from "@tabletap/shared";

/** Items by id, for pricing cart lines against the menu currently on screen. */
export const indexItems = (menu: TableMenu): Map<string, MenuItem> =>
  new Map(menu.categories.flatMap((category) => category.items).map((item) => [item.id, item]));

/** DOM id of a category's section, the target of its tab. */
export const sectionId = (categoryId: string) => `category-${categoryId}`;
