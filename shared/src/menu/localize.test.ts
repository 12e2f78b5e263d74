import { describe, expect, it } from "vitest";
import { localize, pickTextLanguage, sameLanguage } from "./localize.js";

const dish = {
  name: "饺子",
  description: "猪肉白菜",
  translations: {
    "zh-CN": { name: "饺子", description: "猪肉白菜" },
    en: { name: "Dumplings" },
    ja: { name: "餃子", description: "豚肉と白菜" },
  },
};

describe("menu text in the diner's language", () => {
  it("takes the chosen language, then the shop's, then any, each field on its own", () => {
    expect(localize(dish, "en", "zh-CN")).toMatchObject({
      name: "Dumplings",
      description: "猪肉白菜",
      lang: "en",
    });
    expect(localize(dish, "ja", "zh-CN")).toMatchObject({
      name: "餃子",
      description: "豚肉と白菜",
      lang: "ja",
    });
    expect(localize(dish, "fr", "zh-CN")).toMatchObject({ name: "饺子", lang: "zh-CN" });
    // The shop's own language is missing (never here in practice): any written one serves.
    const onlyEnglish = { name: "x", translations: { en: { name: "Tea" } } };
    expect(localize(onlyEnglish, "fr", "de-DE")).toMatchObject({ name: "Tea", lang: "en" });
    expect(localize({ name: "Plain" }, "en", "zh-CN")).toEqual({ name: "Plain" });
  });

  it("matches a region to its language but keeps Chinese scripts apart", () => {
    expect(sameLanguage("en", "en-GB")).toBe(true);
    expect(sameLanguage("EN-us", "en-US")).toBe(true);
    expect(sameLanguage("zh-CN", "zh-TW")).toBe(false);
    expect(sameLanguage("zh", "zh-TW")).toBe(true);
    expect(pickTextLanguage(["zh-CN", "en-US"], "en", "zh-CN")).toBe("en-US");
    expect(pickTextLanguage(["zh-CN", "en", "en-GB"], "en-GB", "zh-CN")).toBe("en-GB");
    expect(pickTextLanguage(["zh-CN"], "zh-TW", "zh-CN")).toBe("zh-CN");
    expect(pickTextLanguage([], "en", "zh-CN")).toBeUndefined();
  });
});
