import { afterAll, describe, expect, it } from "vitest";
import { text } from "../../lib/text";
import { i18n } from "./i18n";
import en from "./locales/en.json";
import zhCN from "./locales/zh-CN.json";

type Tree = { [key: string]: string | Tree };

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

/** Every leaf of `text` as the screens see it; functions are called with a sample value per parameter. */
function leaves(node: unknown, path = "text"): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === "string") out.set(path, node);
  else if (typeof node === "function")
    out.set(path, String(node(...Array.from({ length: node.length }, () => 2))));
  else if (node && typeof node === "object")
    for (const [key, value] of Object.entries(node))
      for (const [p, v] of leaves(value, `${path}.${key}`)) out.set(p, v);
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

  it("every string a screen reads through `text` changes with the language (nothing left in English)", async () => {
    await i18n.changeLanguage("en");
    const english = leaves(text);
    await i18n.changeLanguage("zh-CN");
    expect(i18n.resolvedLanguage).toBe("zh-CN");
    const chinese = leaves(text);
    expect(chinese.get("text.cart.placeOrder")).toBe("下单 · 2");
    const untranslated = [...english]
      // Strings without letters ("2%", "¥30.00") read the same in every language.
      .filter(
        ([path, value]) => path !== "text.appName" && /\p{L}/u.test(value) && chinese.get(path) === value,
      )
      .map(([path]) => path);
    expect(untranslated, "add these to en.json and zh-CN.json and read them with t()").toEqual([]);
  });
});
