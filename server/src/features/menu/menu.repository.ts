import type { MenuCategory, OptionGroup } from "@tabletap/shared";
import type { Db } from "../../db/database.js";

/** The shop's visible menu, in display order, with each item's option groups. */
export async function loadMenu(db: Db, shopId: string): Promise<MenuCategory[]> {
  const [categories, items, groups, options] = await Promise.all([
    db.selectFrom("categories").selectAll().where("shopId", "=", shopId).orderBy("position").execute(),
    db
      .selectFrom("items")
      .selectAll()
      .where("shopId", "=", shopId)
      .where("hidden", "=", 0)
      .orderBy("position")
      .execute(),
    db.selectFrom("optionGroups").selectAll().where("shopId", "=", shopId).orderBy("position").execute(),
    db.selectFrom("options").selectAll().where("shopId", "=", shopId).orderBy("position").execute(),
  ]);

  const groupsByItem = new Map<string, OptionGroup[]>();
  for (const group of groups) {
    const list = groupsByItem.get(group.itemId) ?? [];
    list.push({
      id: group.id,
      name: group.name,
      minChoices: group.minChoices,
      maxChoices: group.maxChoices,
      options: options
        .filter((option) => option.groupId === group.id)
        .map((option) => ({ id: option.id, name: option.name, priceDelta: option.priceDelta })),
    });
    groupsByItem.set(group.itemId, list);
  }

  return categories
    .map((category) => ({
      id: category.id,
      name: category.name,
      items: items
        .filter((item) => item.categoryId === category.id)
        .map((item) => ({
          id: item.id,
          categoryId: item.categoryId,
          name: item.name,
          description: item.description,
          price: item.price,
          soldOut: item.soldOut === 1,
          optionGroups: groupsByItem.get(item.id) ?? [],
        })),
    }))
    .filter((category) => category.items.length > 0);
}
