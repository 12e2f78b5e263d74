import { MAX_LINE_TOTAL, MAX_ORDER_TOTAL, type MenuItem } from "@tabletap/shared";
import { describe, expect, it } from "vitest";
import { priceLines, unknownItemIds } from "./price-rules.js";

const GONE = "5b0c4a6e-9d1f-4c3e-8a2b-0f1e2d3c4b5a";

const item = (id: string, price: number, extra: Partial<MenuItem> = {}): MenuItem => ({
  id,
  categoryId: "food",
  name: id.toUpperCase(),
  description: "",
  price,
  soldOut: false,
  photo: null,
  optionGroups: [],
  ...extra,
});

const cup = { id: "cup", name: "Cup", priceDelta: 0 };
const bowl = { id: "bowl", name: "Bowl", priceDelta: 375 };
const size = { id: "size", name: "Size", minChoices: 1, maxChoices: 1, options: [cup, bowl] };
const soup = item("soup", 1250, { optionGroups: [size] });
const menu = new Map([
  ["soup", soup],
  ["bread", item("bread", 333)],
  ["pie", item("pie", 900, { soldOut: true })],
]);
const none = new Map<string, string>();

describe("pricing an order from the menu", () => {
  it("prices each line in minor units and adds them up exactly", () => {
    const result = priceLines(menu, none, [
      { itemId: "soup", quantity: 3, optionIds: ["bowl"], note: "no salt" },
      { itemId: "bread", quantity: 3, optionIds: [] },
    ]);
    expect(result).toEqual({
      ok: true,
      subtotal: 3 * 1625 + 3 * 333,
      lines: [
        {
          itemId: "soup",
          name: "SOUP",
          unitPrice: 1625,
          quantity: 3,
          lineTotal: 4875,
          note: "no salt",
          optionsJson: JSON.stringify([{ id: "bowl", name: "Bowl", priceDelta: 375 }]),
        },
        {
          itemId: "bread",
          name: "BREAD",
          unitPrice: 333,
          quantity: 3,
          lineTotal: 999,
          note: "",
          optionsJson: "[]",
        },
      ],
    });
  });

  it("refuses a sold-out item with the line, id and name the diner must remove", () => {
    const result = priceLines(menu, none, [
      { itemId: "bread", quantity: 1, optionIds: [] },
      { itemId: "pie", quantity: 1, optionIds: [] },
    ]);
    expect(result).toMatchObject({
      ok: false,
      code: "sold_out",
      details: { line: 1, itemId: "pie", name: "PIE" },
    });
  });

  it("names an item withdrawn from the menu, and calls an id it never had unknown", () => {
    const withdrawn = new Map([[GONE, "Old pie"]]);
    expect(priceLines(menu, withdrawn, [{ itemId: GONE, quantity: 1, optionIds: [] }])).toMatchObject({
      ok: false,
      code: "item_unavailable",
      message: expect.stringContaining("Old pie"),
      details: { line: 0, itemId: GONE, name: "Old pie" },
    });
    expect(priceLines(menu, withdrawn, [{ itemId: "nope", quantity: 1, optionIds: [] }])).toMatchObject({
      ok: false,
      code: "unknown_item",
      details: { line: 0 },
    });
  });

  it("refuses a line whose options break its group's rules, pointing at that line", () => {
    const result = priceLines(menu, none, [
      { itemId: "bread", quantity: 1, optionIds: [] },
      { itemId: "soup", quantity: 1, optionIds: ["cup", "bowl"] },
    ]);
    expect(result).toMatchObject({ ok: false, code: "invalid_options", details: { line: 1 } });
  });

  it("stops at the first line that cannot be ordered", () => {
    const result = priceLines(menu, none, [
      { itemId: "pie", quantity: 1, optionIds: [] },
      { itemId: "nope", quantity: 1, optionIds: [] },
    ]);
    expect(result).toMatchObject({ code: "sold_out", details: { line: 0 } });
  });

  it("takes a line and an order exactly at their limits and refuses one minor unit more", () => {
    const big = new Map([["big", item("big", MAX_LINE_TOTAL)]]);
    const line = { itemId: "big", quantity: 1, optionIds: [] };
    expect(priceLines(big, none, [line])).toMatchObject({ ok: true, subtotal: MAX_LINE_TOTAL });
    const over = new Map([["big", item("big", MAX_LINE_TOTAL + 1)]]);
    expect(priceLines(over, none, [line])).toMatchObject({ ok: false, code: "line_total_too_large" });

    const perOrder = MAX_ORDER_TOTAL / MAX_LINE_TOTAL;
    const full = Array.from({ length: perOrder }, () => line);
    expect(priceLines(big, none, full)).toMatchObject({ ok: true, subtotal: MAX_ORDER_TOTAL });
    const withBread = [...full, { itemId: "bread", quantity: 1, optionIds: [] }];
    const merged = new Map([...big, ...menu]);
    expect(priceLines(merged, none, withBread)).toMatchObject({
      ok: false,
      code: "order_total_too_large",
    });
  });
});

describe("which missing ids are worth looking up", () => {
  it("asks only about ids the menu lacks that could be real item ids", () => {
    const lines = [
      { itemId: "soup", quantity: 1, optionIds: [] },
      { itemId: GONE, quantity: 1, optionIds: [] },
      { itemId: "'; drop table items", quantity: 1, optionIds: [] },
    ];
    expect(unknownItemIds(menu, lines)).toEqual([GONE]);
  });
});
