import type { Translations } from "./menu-text.js";

// The fallback rule without zod, so the diner's phone switches language without loading the schemas.

/** What a menu entity carries once written in several languages. */
export interface Localizable {
  name: string;
  description?: string;
  translations?: Translations | undefined;
  lang?: string | undefined;
}

const primary = (tag: string) => tag.toLowerCase().split("-")[0] ?? "";

/** `en` serves `en-GB` and the other way round; `zh-CN` and `zh-TW` stay apart (different scripts). */
export function sameLanguage(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y) return true;
  if (primary(x) !== primary(y)) return false;
  return !x.includes("-") || !y.includes("-") || primary(x) !== "zh";
}

/**
 * The language to read a text in: the chosen one, else the shop's own, else any written one. Returns the
 * tag as the translations spell it, or undefined when there are none.
 */
export function pickTextLanguage(
  written: readonly string[],
  chosen: string,
  shopLocale: string,
): string | undefined {
  return (
    written.find((tag) => tag.toLowerCase() === chosen.toLowerCase()) ??
    written.find((tag) => sameLanguage(tag, chosen)) ??
    written.find((tag) => sameLanguage(tag, shopLocale)) ??
    written[0]
  );
}

/**
 * The entity in the chosen language: name and description each from the best language that has them
 * (chosen → shop's → any), `lang` saying which language the name is in, so a fallback can be marked.
 */
export function localize<T extends Localizable>(entity: T, chosen: string, shopLocale: string): T {
  const translations = entity.translations;
  if (!translations) return entity;
  const named = Object.keys(translations).filter((tag) => translations[tag]?.name);
  const nameLang = pickTextLanguage(named, chosen, shopLocale);
  if (!nameLang) return entity;
  const described = Object.keys(translations).filter((tag) => translations[tag]?.description);
  const descriptionLang = pickTextLanguage(described, chosen, shopLocale);
  const out: T = { ...entity, name: translations[nameLang]?.name ?? entity.name, lang: nameLang };
  if (entity.description !== undefined) {
    out.description = (descriptionLang && translations[descriptionLang]?.description) || "";
  }
  return out;
}
