import { readFile } from "node:fs/promises";
import { type DinerLanguage, dinerLanguages } from "@tabletap/shared";

type Words = { [key: string]: string | Words };
export type WordsByLanguage = Partial<Record<string, Words>>;

/** The diner app's words in one language, looked up like its own i18next keys ("menu.soldOut"). */
export interface FirstScreenText {
  language: DinerLanguage;
  t: (key: string, values?: Record<string, string | number>) => string;
}

/** The words file the diner app's build writes next to its index.html; undefined when the build has none. */
export async function readFirstScreenWords(file: string): Promise<WordsByLanguage | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as WordsByLanguage;
  } catch {
    return undefined;
  }
}

/**
 * The diner's language from Accept-Language, chosen as the app's own detection chooses from the browser's
 * languages: the first one spoken exactly or by its base language, else the first whose base language
 * names a supported one (any zh-* gets zh-CN), else English. A choice the diner made in the app lives
 * only on the phone: the app switches to it when it takes over the page.
 */
export function pickLanguage(acceptLanguage: string | undefined): DinerLanguage {
  const codes = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [code = "", ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { code: code.trim().toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter(({ code, q }) => code !== "" && code !== "*" && q > 0)
    .sort((a, b) => b.q - a.q)
    .map(({ code }) => code);
  const base = (code: string) => code.split("-")[0] ?? code;
  for (const code of codes) {
    const spoken = dinerLanguages.find((language) => [code, base(code)].includes(language.toLowerCase()));
    if (spoken) return spoken;
  }
  for (const code of codes) {
    const near = dinerLanguages.find((language) => base(language.toLowerCase()) === base(code));
    if (near) return near;
  }
  return "en";
}

function lookup(words: Words | undefined, key: string): string | undefined {
  let node: string | Words | undefined = words;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

/** i18next's `{{name}}` values and `_one`/`_other` plurals, as much of them as the first screen uses. */
export function firstScreenText(words: WordsByLanguage, language: DinerLanguage): FirstScreenText {
  const plural = new Intl.PluralRules(language);
  const find = (key: string, count: unknown) => {
    const forms = typeof count === "number" ? [`${key}_${plural.select(count)}`, `${key}_other`] : [];
    for (const candidate of [...forms, key]) {
      const found = lookup(words[language], candidate) ?? lookup(words.en, candidate);
      if (found !== undefined) return found;
    }
    return key;
  };
  return {
    language,
    t: (key, values = {}) =>
      find(key, values.count).replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
        name in values ? String(values[name]) : match,
      ),
  };
}
