import { MAX_LINE_TOTAL, MAX_ORDER_TOTAL, type MenuItem, type OrderLineInput } from "@tabletap/shared";
import { describe, expect, it } from "vitest";
import { type PricingItem, priceLines, unknownItemIds } from "./price-rules.js";

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
// Wednesday 2026-12-02, 16:30 in Shanghai.
const at = { now: Date.parse("2026-12-02T08:30:00Z"), timeZone: "Asia/Shanghai" };
const priceAt = (
  ...args: [Parameters<typeof priceLines>[0], ReadonlyMap<string, string>, OrderLineInput[]]
) => priceLines(...args, at);

describe("pricing an order from the menu", () => {
  it("prices each line in minor units and adds them up exactly", () => {
    const result = priceAt(menu, none, [
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
    const result = priceAt(menu, none, [
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
    expect(priceAt(menu, withdrawn, [{ itemId: GONE, quantity: 1, optionIds: [] }])).toMatchObject({
      ok: false,
      code: "item_unavailable",
      message: expect.stringContaining("Old pie"),
      details: { line: 0, itemId: GONE, name: "Old pie" },
    });
    expect(priceAt(menu, withdrawn, [{ itemId: "nope", quantity: 1, optionIds: [] }])).toMatchObject({
      ok: false,
      code: "unknown_item",
      details: { line: 0 },
    });
  });

  it("refuses a line whose options break its group's rules, pointing at that line", () => {
    const result = priceAt(menu, none, [
      { itemId: "bread", quantity: 1, optionIds: [] },
      { itemId: "soup", quantity: 1, optionIds: ["cup", "bowl"] },
    ]);
    expect(result).toMatchObject({ ok: false, code: "invalid_options", details: { line: 1 } });
  });

  it("stops at the first line that cannot be ordered", () => {
    const result = priceAt(menu, none, [
      { itemId: "pie", quantity: 1, optionIds: [] },
      { itemId: "nope", quantity: 1, optionIds: [] },
    ]);
    expect(result).toMatchObject({ code: "sold_out", details: { line: 0 } });
  });

  it("takes a line and an order exactly at their limits and refuses one minor unit more", () => {
    const big = new Map([["big", item("big", MAX_LINE_TOTAL)]]);
    const line = { itemId: "big", quantity: 1, optionIds: [] };
    expect(priceAt(big, none, [line])).toMatchObject({ ok: true, subtotal: MAX_LINE_TOTAL });
    const over = new Map([["big", item("big", MAX_LINE_TOTAL + 1)]]);
    expect(priceAt(over, none, [line])).toMatchObject({ ok: false, code: "line_total_too_large" });

    const perOrder = MAX_ORDER_TOTAL / MAX_LINE_TOTAL;
    const full = Array.from({ length: perOrder }, () => line);
    expect(priceAt(big, none, full)).toMatchObject({ ok: true, subtotal: MAX_ORDER_TOTAL });
    const withBread = [...full, { itemId: "bread", quantity: 1, optionIds: [] }];
    const merged = new Map([...big, ...menu]);
    expect(priceAt(merged, none, withBread)).toMatchObject({
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

  it("refuses a dish outside its own or its category's hours like a sold-out one, saying from when", () => {
    const dinner = [{ days: [3], from: "17:00", until: "22:00" }];
    const lunch = [{ days: [1, 2, 3, 4, 5], from: "11:00", until: "14:00" }];
    const hours = new Map<string, PricingItem>([
      ["stew", item("stew", 1800, { hours: dinner })],
      ["set", { ...item("set", 2800), categoryHours: lunch }],
      [
        "cake",
        { ...item("cake", 900, { hours: [{ days: [0, 1, 2, 3, 4, 5, 6], from: "15:00", until: "18:00" }] }) },
      ],
    ]);
    expect(priceAt(hours, none, [{ itemId: "stew", quantity: 1, optionIds: [] }])).toMatchObject({
      ok: false,
      code: "not_available_now",
      details: { line: 0, itemId: "stew", name: "STEW", availableFrom: "17:00" },
    });
    const closed = priceAt(hours, none, [
      { itemId: "cake", quantity: 1, optionIds: [] },
      { itemId: "set", quantity: 1, optionIds: [] },
    ]);
    expect(closed).toMatchObject({ ok: false, code: "not_available_now", details: { line: 1, name: "SET" } });
    expect(closed.ok ? {} : closed.details).not.toHaveProperty("availableFrom");
    expect(priceAt(hours, none, [{ itemId: "cake", quantity: 2, optionIds: [] }])).toMatchObject({
      ok: true,
      subtotal: 1800,
    });
  });
});
