import { randomUUID } from "node:crypto";
import type {
  CategoryCreateRequest,
  CategoryUpdateRequest,
  Hours,
  ItemCreateRequest,
  ItemUpdateRequest,
} from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { isUuid } from "../../http/ids.js";
import { done, fail, type Outcome, type Result, succeed } from "../../lib/result.js";
import { deletePhotoIfUnused } from "./menu-photos.repository.js";
import { moveTo, nextPosition } from "./positions.repository.js";

export const noSuchCategory = "No such category in this shop";
export const noSuchItem = "No such item in this shop";
const notFound = (message: string) => fail("not_found", message);
const flag = (value: boolean | undefined) => (value === undefined ? undefined : value ? 1 : 0);
const codes = (list: readonly string[] | undefined) => list?.join(",");
const hoursJson = (hours: Hours | undefined) => (hours === undefined ? undefined : JSON.stringify(hours));

/** What a dish contains and is, and its hours, as stored; undefined for what the request left out. */
const dietaryColumns = (body: Pick<ItemUpdateRequest, "allergens" | "diet" | "spicy" | "hours">) => ({
  allergens: codes(body.allergens),
  diet: codes(body.diet),
  spicy: body.spicy,
  hoursJson: hoursJson(body.hours),
});

/** The fields a PATCH sent, or undefined when it only moves the row (an UPDATE needs at least one column). */
export function definedOnly<T extends Record<string, unknown>>(values: T): Partial<T> | undefined {
  const entries = Object.entries(values).filter(([, value]) => value !== undefined);
  return entries.length > 0 ? (Object.fromEntries(entries) as Partial<T>) : undefined;
}

const categorySiblings = (trx: Db, shopId: string) =>
  trx
    .selectFrom("categories")
    .select(["id", "position"])
    .where("shopId", "=", shopId)
    .where("deletedAt", "is", null)
    .orderBy("position")
    .orderBy("id")
    .execute();

const itemSiblings = (trx: Db, categoryId: string) =>
  trx
    .selectFrom("items")
    .select(["id", "position"])
    .where("categoryId", "=", categoryId)
    .where("deletedAt", "is", null)
    .orderBy("position")
    .orderBy("id")
    .execute();

/** A live category of this shop, or not found: ids of other shops are simply not found. */
export async function requireCategory(trx: Db, shopId: string, id: string): Promise<Result<{ id: string }>> {
  if (!isUuid(id)) return notFound(noSuchCategory);
  const row = await trx
    .selectFrom("categories")
    .select(["id"])
    .where("id", "=", id)
    .where("shopId", "=", shopId)
    .where("deletedAt", "is", null)
    .executeTakeFirst();
  return row ? succeed(row) : notFound(noSuchCategory);
}

export async function requireItem(trx: Db, shopId: string, id: string) {
  if (!isUuid(id)) return notFound(noSuchItem);
  const row = await trx
    .selectFrom("items")
    .select(["id", "categoryId", "photoId"])
    .where("id", "=", id)
    .where("shopId", "=", shopId)
    .where("deletedAt", "is", null)
    .executeTakeFirst();
  return row ? succeed(row) : notFound(noSuchItem);
}

export async function createCategory(
  trx: Db,
  shopId: string,
  body: CategoryCreateRequest,
): Promise<Result<string>> {
  const id = randomUUID();
  const position = nextPosition(await categorySiblings(trx, shopId));
  await trx
    .insertInto("categories")
    .values({
      id,
      shopId,
      name: body.name,
      position,
      hidden: body.hidden ? 1 : 0,
      hoursJson: hoursJson(body.hours) ?? "[]",
    })
    .execute();
  return succeed(id);
}

export async function updateCategory(
  trx: Db,
  shopId: string,
  id: string,
  change: CategoryUpdateRequest,
): Promise<Outcome> {
  const category = await requireCategory(trx, shopId, id);
  if (!category.ok) return category;
  const values = definedOnly({
    name: change.name,
    hidden: flag(change.hidden),
    hoursJson: hoursJson(change.hours),
  });
  if (values) await trx.updateTable("categories").set(values).where("id", "=", id).execute();
  if (change.position !== undefined) {
    await moveTo(trx, "categories", await categorySiblings(trx, shopId), id, change.position);
  }
  return done;
}

/** Only an empty category can go; a full one can be hidden instead. */
export async function deleteCategory(trx: Db, shopId: string, id: string, now: number): Promise<Outcome> {
  const category = await requireCategory(trx, shopId, id);
  if (!category.ok) return category;
  if ((await itemSiblings(trx, id)).length > 0) {
    return fail(
      "category_not_empty",
      "This category still has items: move or delete them first, or hide the category",
    );
  }
  await trx.updateTable("categories").set({ deletedAt: now }).where("id", "=", id).execute();
  return done;
}

export async function createItem(trx: Db, shopId: string, body: ItemCreateRequest): Promise<Result<string>> {
  const category = await requireCategory(trx, shopId, body.categoryId);
  if (!category.ok) return category;
  const id = randomUUID();
  await trx
    .insertInto("items")
    .values({
      id,
      shopId,
      categoryId: body.categoryId,
      name: body.name,
      description: body.description ?? "",
      price: body.price,
      position: nextPosition(await itemSiblings(trx, body.categoryId)),
      soldOut: 0,
      hidden: body.hidden ? 1 : 0,
      ...definedOnly(dietaryColumns(body)),
    })
    .execute();
  return succeed(id);
}

export async function updateItem(
  trx: Db,
  shopId: string,
  id: string,
  change: ItemUpdateRequest,
): Promise<Outcome> {
  const found = await requireItem(trx, shopId, id);
  if (!found.ok) return found;
  const item = found.value;
  const moving = change.categoryId !== undefined && change.categoryId !== item.categoryId;
  if (moving) {
    const target = await requireCategory(trx, shopId, change.categoryId ?? "");
    if (!target.ok) return target;
  }
  const categoryId = change.categoryId ?? item.categoryId;
  const values = definedOnly({
    name: change.name,
    description: change.description,
    price: change.price,
    hidden: flag(change.hidden),
    ...dietaryColumns(change),
    ...(moving ? { categoryId, position: nextPosition(await itemSiblings(trx, categoryId)) } : {}),
  });
  if (values) await trx.updateTable("items").set(values).where("id", "=", id).execute();
  if (change.position !== undefined) {
    await moveTo(trx, "items", await itemSiblings(trx, categoryId), id, change.position);
  }
  return done;
}

export async function setSoldOut(trx: Db, shopId: string, id: string, soldOut: boolean): Promise<Outcome> {
  const item = await requireItem(trx, shopId, id);
  if (!item.ok) return item;
  await trx
    .updateTable("items")
    .set({ soldOut: soldOut ? 1 : 0 })
    .where("id", "=", id)
    .execute();
  return done;
}

/** Retires the item: gone from menus and the console, still there for the orders that name it. */
export async function deleteItem(trx: Db, shopId: string, id: string, now: number): Promise<Outcome> {
  const item = await requireItem(trx, shopId, id);
  if (!item.ok) return item;
  await trx.updateTable("items").set({ deletedAt: now, photoId: null }).where("id", "=", id).execute();
  await deletePhotoIfUnused(trx, item.value.photoId);
  return done;
}

export async function setItemPhoto(
  trx: Db,
  shopId: string,
  id: string,
  photoId: string | null,
): Promise<Outcome> {
  const item = await requireItem(trx, shopId, id);
  if (!item.ok) return item;
  await trx.updateTable("items").set({ photoId }).where("id", "=", id).execute();
  if (item.value.photoId !== photoId) await deletePhotoIfUnused(trx, item.value.photoId);
  return done;
}
