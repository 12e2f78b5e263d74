import {
  allergens,
  dietTags,
  type Hours,
  hoursSchema,
  sameLanguage,
  type TranslatedText,
  type Translations,
  type TranslationsRequest,
} from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { isUuid } from "../../http/ids.js";
import { done, fail, type Outcome } from "../../lib/result.js";

/** entityId → its texts in languages other than the shop's own. */
export type TranslationsByEntity = Map<string, Translations>;

/** The shop's menu texts in other languages; only one entity's when `entityId` is given. */
export async function shopTranslations(
  db: Db,
  shopId: string,
  entityId?: string,
): Promise<TranslationsByEntity> {
  const rows = await db
    .selectFrom("menuTranslations")
    .select(["entityId", "language", "name", "description"])
    .where("shopId", "=", shopId)
    .$if(entityId !== undefined, (qb) => qb.where("entityId", "=", entityId ?? ""))
    .orderBy("entityId")
    .orderBy("language")
    .execute();
  const byEntity: TranslationsByEntity = new Map();
  for (const row of rows) {
    const texts = byEntity.get(row.entityId) ?? {};
    texts[row.language] = row.description
      ? { name: row.name, description: row.description }
      : { name: row.name };
    byEntity.set(row.entityId, texts);
  }
  return byEntity;
}

/** Every language an entity is written in: its own name and description under the shop's locale first. */
export function withTranslations(
  byEntity: TranslationsByEntity,
  locale: string,
  entity: { id: string; name: string; description?: string },
): Translations {
  const own: TranslatedText = entity.description
    ? { name: entity.name, description: entity.description }
    : { name: entity.name };
  return { [locale]: own, ...byEntity.get(entity.id) };
}

/** Whether the id is the shop or one of its live categories, items, option groups or options. */
async function isShopEntity(trx: Db, shopId: string, id: string): Promise<boolean> {
  if (id === shopId) return true;
  if (!isUuid(id)) return false;
  const owned = (table: "categories" | "items" | "optionGroups" | "options") =>
    trx.selectFrom(table).select("id").where("id", "=", id).where("shopId", "=", shopId);
  const found = await owned("categories")
    .where("deletedAt", "is", null)
    .union(owned("items").where("deletedAt", "is", null))
    .union(owned("optionGroups"))
    .union(owned("options"))
    .executeTakeFirst();
  return found !== undefined;
}

/**
 * Writes one entity's texts in the languages sent; an empty name removes the language. The shop's own
 * language is the entity's name itself and is refused here.
 */
export async function setTranslations(
  trx: Db,
  shop: { id: string; locale: string },
  entityId: string,
  body: TranslationsRequest,
): Promise<Outcome> {
  const languages = Object.keys(body.translations);
  if (languages.some((language) => sameLanguage(language, shop.locale))) {
    return fail(
      "validation_failed",
      `${shop.locale} is the shop's own language: change the name itself instead`,
    );
  }
  if (!(await isShopEntity(trx, shop.id, entityId)))
    return fail("not_found", "Nothing with this id on the menu");
  for (const [language, text] of Object.entries(body.translations)) {
    await trx
      .deleteFrom("menuTranslations")
      .where("entityId", "=", entityId)
      .where("language", "=", language)
      .execute();
    if (text.name === "") continue;
    await trx
      .insertInto("menuTranslations")
      .values({ shopId: shop.id, entityId, language, name: text.name, description: text.description ?? "" })
      .execute();
  }
  return done;
}

/** Drops the texts of entities that are gone for good (option groups and options are deleted, not retired). */
export async function forgetTranslations(trx: Db, entityIds: readonly string[]): Promise<void> {
  if (entityIds.length === 0) return;
  await trx.deleteFrom("menuTranslations").where("entityId", "in", entityIds).execute();
}

const codesOf = <T extends string>(text: string, vocabulary: readonly T[]): T[] =>
  vocabulary.filter((code) => text.split(",").includes(code));

export const allergensOf = (text: string) => codesOf(text, allergens);
export const dietOf = (text: string) => codesOf(text, dietTags);

/** Hours as stored; a row that does not parse (never written by this code) counts as any time. */
export function hoursOf(json: string): Hours {
  try {
    const parsed = hoursSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
