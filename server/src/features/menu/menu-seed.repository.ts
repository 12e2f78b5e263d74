import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database.js";

/** A whole menu to start a new shop with: categories in order, their dishes, and each dish's option groups. */
export interface MenuSeed {
  name: string;
  items: {
    name: string;
    description?: string;
    price: number;
    soldOut?: boolean;
    groups?: { name: string; min: number; max: number; options: [name: string, priceDelta: number][] }[];
  }[];
}

/** Writes a new shop's menu in the caller's transaction, positions following the seed's order. */
export async function insertMenu(trx: Db, shopId: string, menu: MenuSeed[]): Promise<void> {
  for (const [categoryPosition, category] of menu.entries()) {
    const categoryId = randomUUID();
    await trx
      .insertInto("categories")
      .values({ id: categoryId, shopId, name: category.name, position: categoryPosition })
      .execute();
    for (const [itemPosition, item] of category.items.entries()) {
      const itemId = randomUUID();
      await trx
        .insertInto("items")
        .values({
          id: itemId,
          shopId,
          categoryId,
          name: item.name,
          description: item.description ?? "",
          price: item.price,
          position: itemPosition,
          soldOut: item.soldOut ? 1 : 0,
          hidden: 0,
        })
        .execute();
      for (const [groupPosition, group] of (item.groups ?? []).entries()) {
        const groupId = randomUUID();
        await trx
          .insertInto("optionGroups")
          .values({
            id: groupId,
            shopId,
            itemId,
            name: group.name,
            minChoices: group.min,
            maxChoices: group.max,
            position: groupPosition,
          })
          .execute();
        await trx
          .insertInto("options")
          .values(
            group.options.map(([name, priceDelta], position) => ({
              id: randomUUID(),
              shopId,
              groupId,
              name,
              priceDelta,
              position,
            })),
          )
          .execute();
      }
    }
  }
}
