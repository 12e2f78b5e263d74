import type { MenuCategory, MenuPhoto, MerchantCategory, OptionGroup } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { ratingSummaries } from "../ratings/index.js";
import { findShop } from "../shops/index.js";
import { photoUrl } from "./menu-photos.js";
import {
  allergensOf,
  dietOf,
  hoursOf,
  shopTranslations,
  type TranslationsByEntity,
  withTranslations,
} from "./menu-text.repository.js";

/** Menu pages and prices carry the shop's menu version, which lives on the shop's row. */
export { menuVersion } from "../shops/index.js";

interface LoadOptions {
  /** The console sees hidden categories and items too; diners never do. */
  includeHidden: boolean;
}

/**
 * The shop's visible menu, in display order, with each item's option groups and diners' average rating
 * (one aggregate query for the whole menu). Both the table page and `menu:changed` are built here.
 */
export async function loadMenu(db: Db, shopId: string): Promise<MenuCategory[]> {
  const [categories, ratings] = await Promise.all([
    loadCategories(db, shopId, { includeHidden: false }),
    ratingSummaries(db, shopId),
  ]);
  return categories
    .map(({ hidden: _hidden, items, ...category }) => ({
      ...category,
      items: items.map(({ hidden: _itemHidden, ...item }) => {
        const rating = ratings.get(item.id);
        return rating ? { ...item, rating } : item;
      }),
    }))
    .filter((category) => category.items.length > 0);
}

/** Every category and item that is not deleted, hidden ones included, for the console. */
export const loadMerchantMenu = (db: Db, shopId: string): Promise<MerchantCategory[]> =>
  loadCategories(db, shopId, { includeHidden: true });

/**
 * Items of the shop a diner cannot order although they exist: hidden, deleted, or in a hidden or deleted
 * category. An order naming one is refused as `item_unavailable` with the item's name.
 */
export async function withdrawnItems(
  db: Db,
  shopId: string,
  itemIds: string[],
): Promise<Map<string, string>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("items")
    .innerJoin("categories", "categories.id", "items.categoryId")
    .select(["items.id", "items.name"])
    .where("items.shopId", "=", shopId)
    .where("items.id", "in", itemIds)
    .where((eb) =>
      eb.or([
        eb("items.hidden", "=", 1),
        eb("items.deletedAt", "is not", null),
        eb("categories.hidden", "=", 1),
        eb("categories.deletedAt", "is not", null),
      ]),
    )
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function loadCategories(
  db: Db,
  shopId: string,
  options: LoadOptions,
): Promise<MerchantCategory[]> {
  const visibleOnly = !options.includeHidden;
  const [categories, items, groups, choices, texts, shop] = await Promise.all([
    db
      .selectFrom("categories")
      .selectAll()
      .where("shopId", "=", shopId)
      .where("deletedAt", "is", null)
      .$if(visibleOnly, (qb) => qb.where("hidden", "=", 0))
      .orderBy("position")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("items")
      .leftJoin("menuPhotos", "menuPhotos.id", "items.photoId")
      .selectAll("items")
      .select(["menuPhotos.width as photoWidth", "menuPhotos.height as photoHeight"])
      .where("items.shopId", "=", shopId)
      .where("items.deletedAt", "is", null)
      .$if(visibleOnly, (qb) => qb.where("items.hidden", "=", 0))
      .orderBy("items.position")
      .orderBy("items.id")
      .execute(),
    db
      .selectFrom("optionGroups")
      .selectAll()
      .where("shopId", "=", shopId)
      .orderBy("position")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("options")
      .selectAll()
      .where("shopId", "=", shopId)
      .orderBy("position")
      .orderBy("id")
      .execute(),
    shopTranslations(db, shopId),
    findShop(db, shopId),
  ]);
  const translations = (entity: { id: string; name: string; description?: string }) =>
    withTranslations(texts, shop?.locale ?? "en", entity);

  const groupsByItem = new Map<string, OptionGroup[]>();
  for (const group of groups) {
    const list = groupsByItem.get(group.itemId) ?? [];
    list.push({
      id: group.id,
      name: group.name,
      minChoices: group.minChoices,
      maxChoices: group.maxChoices,
      options: choices
        .filter((option) => option.groupId === group.id)
        .map((option) => ({
          id: option.id,
          name: option.name,
          priceDelta: option.priceDelta,
          translations: translations(option),
        })),
      translations: translations(group),
    });
    groupsByItem.set(group.itemId, list);
  }

  return categories.map((category) => ({
    id: category.id,
    name: category.name,
    hidden: category.hidden === 1,
    translations: translations(category),
    hours: hoursOf(category.hoursJson),
    items: items
      .filter((item) => item.categoryId === category.id)
      .map((item) => ({
        id: item.id,
        categoryId: item.categoryId,
        name: item.name,
        description: item.description,
        price: item.price,
        soldOut: item.soldOut === 1,
        hidden: item.hidden === 1,
        photo: toPhoto(item.photoId, item.photoWidth, item.photoHeight),
        optionGroups: groupsByItem.get(item.id) ?? [],
        translations: translations(item),
        allergens: allergensOf(item.allergens),
        diet: dietOf(item.diet),
        spicy: item.spicy,
        hours: hoursOf(item.hoursJson),
      })),
  }));
}

/** The shop's name in every language it is written in. */
export async function shopNames(db: Db, shop: { id: string; name: string; locale: string }) {
  const texts: TranslationsByEntity = await shopTranslations(db, shop.id, shop.id);
  return withTranslations(texts, shop.locale, shop);
}

const toPhoto = (id: string | null, width: number | null, height: number | null): MenuPhoto | null =>
  id && width && height ? { url: photoUrl(id), width, height } : null;
