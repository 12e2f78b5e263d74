import type { TableMenu } from "@tabletap/shared";
import { describe, expect, it } from "vitest";
import { renderFirstScreen } from "./first-screen.js";
import { firstScreenText, pickLanguage } from "./first-screen-words.js";

const words = {
  en: {
    menu: {
      tableLabel: "Table {{label}}",
      categories: "Menu categories",
      soldOut: "Sold out",
      rating: "{{average}} ({{count}})",
      ratingLabel_one: "Rated {{average}} by {{count}} diner",
      ratingLabel_other: "Rated {{average}} by {{count}} diners",
      headerHint: { pay_at_counter: "Pay at the counter" },
    },
    language: { switchLabel: "Language" },
  },
  "zh-CN": { menu: { tableLabel: "桌号 {{label}}" } },
};

const hostile = `<img src=x onerror="alert(1)">'&`;
const menu = {
  shop: { name: `${hostile} $& Café`, currency: "EUR", locale: "en-IE", paymentMode: "pay_at_counter" },
  table: { id: "t1", label: hostile, kind: "table" },
  categories: [
    {
      id: `c1"><script>`,
      name: hostile,
      items: [
        {
          id: "i1",
          categoryId: "c1",
          name: hostile,
          description: hostile,
          price: 450,
          soldOut: true,
          photo: { url: `/p.png" onload="alert(1)`, width: 10, height: 10 },
          optionGroups: [],
          rating: { average: 4.25, count: 1 },
        },
      ],
    },
    { id: "c2", name: "Tea", items: [] },
  ],
  menuVersion: 1,
} as unknown as TableMenu;

describe("the menu's first screen drawn by the server", () => {
  it("escapes everything the shop typed, in text and in attributes", () => {
    const html = renderFirstScreen(menu, firstScreenText(words, "en"));
    expect(html).not.toMatch(/<img src=x|<script>|onload="|onerror="/);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp; $&amp; Café");
    expect(html).toContain('id="category-c1&quot;&gt;&lt;script&gt;"');
    expect(html).toContain("Table &lt;img");
    expect(html).toContain("€4.50");
    expect(html).toContain("Sold out");
    expect(html).toContain("Rated 4.3 by 1 diner");
  });

  it("falls back to English for words a language lacks", () => {
    const text = firstScreenText(words, "zh-CN");
    expect(text.t("menu.tableLabel", { label: "T1" })).toBe("桌号 T1");
    expect(text.t("menu.soldOut")).toBe("Sold out");
    expect(text.t("menu.ratingLabel", { average: "5.0", count: 2 })).toBe("Rated 5.0 by 2 diners");
  });

  it.each([
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["fr-FR, zh-HK;q=0.5", "zh-CN"],
    ["fr-FR, zh-HK;q=0.5, en;q=0.1", "en"],
    ["en-GB,en;q=0.9", "en"],
    ["en;q=0.2, zh-CN;q=0.9", "zh-CN"],
    ["zh-CN;q=0, en", "en"],
    ["de-DE", "en"],
    ["", "en"],
    [undefined, "en"],
  ])("picks the language of Accept-Language %j: %s", (header, language) => {
    expect(pickLanguage(header)).toBe(language);
  });
});
