import { afterAll, describe, expect, it } from "vitest";
import { i18n } from "./i18n";
import "./pageWords";
import english from "./locales/en.json";
import pages from "./locales/en-pages.json";
import zhCN from "./locales/zh-CN.json";

type Tree = { [key: string]: string | Tree };

// Every English word, wherever it ships (pages opened after ordering bring their own).
const en: Tree = { ...english, ...pages };

/** "a.b.c" → value, with plural forms ("n_one", "n_other") folded into "n" since languages have different ones. */
function flatten(tree: Tree, prefix = ""): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix + key.replace(/_(zero|one|two|few|many|other)$/, "");
    if (typeof value === "string") out.set(path, [...(out.get(path) ?? []), value]);
    else for (const [inner, values] of flatten(value, `${path}.`)) out.set(inner, values);
  }
  return out;
}

const placeholders = (values: string[]) =>
  [...new Set(values.flatMap((v) => v.match(/{{\s*\w+\s*}}/g) ?? []))].sort();

// Any key by name, as the screens' typed t() would read it (the keys come from en.json itself).
const lookUp = i18n.t as unknown as (key: string, values: Record<string, string | number>) => string;

/** Every key as the screens see it: each placeholder gets the sample value 2 ("{{count}}" picks the plural). */
function shown(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, values] of flatten(en)) {
    const sample = Object.fromEntries(placeholders(values).map((p) => [p.replace(/\W/g, ""), 2]));
    out.set(key, lookUp(key, sample));
  }
  return out;
}

describe("diner translations", () => {
  afterAll(() => i18n.changeLanguage("en"));

  it("zh-CN has every English key, no extra ones, and the same placeholders", () => {
    const english = flatten(en);
    const chinese = flatten(zhCN);
    expect(
      [...english.keys()].filter((key) => !chinese.has(key)),
      "missing in zh-CN.json",
    ).toEqual([]);
    expect(
      [...chinese.keys()].filter((key) => !english.has(key)),
      "not in en.json",
    ).toEqual([]);
    for (const [key, values] of english) {
      expect(placeholders(chinese.get(key) ?? []), key).toEqual(placeholders(values));
    }
  });

  it("every string a screen reads with t() changes with the language (nothing left in English)", async () => {
    await i18n.changeLanguage("en");
    const english = shown();
    await i18n.changeLanguage("zh-CN");
    expect(i18n.resolvedLanguage).toBe("zh-CN");
    const chinese = shown();
    expect(chinese.get("cart.placeOrder")).toBe("下单 · 2");
    const untranslated = [...english]
      // Strings without letters ("2%", "¥30.00") read the same in every language.
      .filter(([path, value]) => /\p{L}/u.test(value) && chinese.get(path) === value)
      .map(([path]) => path);
    expect(untranslated, "add these to en.json and zh-CN.json and read them with t()").toEqual([]);
  });
});
