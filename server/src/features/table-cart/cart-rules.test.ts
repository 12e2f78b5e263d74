import { MAX_CART_LINES, type MenuItem } from "@tabletap/shared";
import { describe, expect, it } from "vitest";
import {
  fullCart,
  menuRefusal,
  optionIdsKey,
  repeatedAdd,
  restoredLines,
  roomLeft,
  sameLines,
} from "./cart-rules.js";

const oat = { id: "oat", name: "Oat", priceDelta: 50 };
const cow = { id: "cow", name: "Cow", priceDelta: 0 };
const milk = { id: "milk", name: "Milk", minChoices: 0, maxChoices: 1, options: [oat, cow] };
const tea: MenuItem = {
  id: "tea",
  categoryId: "drinks",
  name: "Tea",
  description: "",
  price: 400,
  soldOut: false,
  photo: null,
  optionGroups: [milk],
};
const add = (extra: Partial<{ itemId: string; optionIds: string[]; quantity: number }> = {}) => ({
  lineId: "l1",
  itemId: "tea",
  quantity: 1,
  optionIds: [],
  note: "",
  nickname: "Ana",
  ...extra,
});

describe("adding a line to the table's cart", () => {
  const stored = { tableId: "t1", itemId: "tea", optionIdsJson: optionIdsKey(["b", "a"]), note: "hot" };
  const line = { itemId: "tea", optionIds: ["a", "b"], note: "hot" };

  it("treats a retried add of the same line at the same table as no change, whatever the option order", () => {
    expect(repeatedAdd(stored, { tableId: "t1", line })).toBe("unchanged");
    expect(repeatedAdd(stored, { tableId: "t1", line: { ...line, optionIds: ["b", "a"] } })).toBe(
      "unchanged",
    );
  });

  it("refuses an id taken by another line, here or at another table, instead of touching it", () => {
    const clashes = [
      { tableId: "t2", line },
      { tableId: "t1", line: { ...line, itemId: "coffee" } },
      { tableId: "t1", line: { ...line, optionIds: ["a"] } },
      { tableId: "t1", line: { ...line, note: "iced" } },
    ];
    for (const clash of clashes) expect(repeatedAdd(stored, clash)).toMatchObject({ code: "line_exists" });
  });

  it("takes only a dish on the menu, not sold out, with a valid choice of its own options", () => {
    expect(menuRefusal(tea, add({ optionIds: ["oat"] }))).toBeNull();
    expect(menuRefusal(undefined, add())).toMatchObject({ code: "unknown_item" });
    expect(menuRefusal({ ...tea, soldOut: true }, add())).toEqual({
      code: "sold_out",
      message: "Sorry, Tea is sold out",
    });
    expect(menuRefusal(tea, add({ optionIds: ["oat", "cow"] }))).toMatchObject({ code: "invalid_options" });
    expect(menuRefusal(tea, add({ optionIds: ["someone-elses"] }))).toMatchObject({
      code: "invalid_options",
    });
    const free = { id: "free", name: "Free", priceDelta: -500 };
    const discounted = {
      ...tea,
      optionGroups: [{ id: "d", name: "D", minChoices: 0, maxChoices: 1, options: [free] }],
    };
    expect(menuRefusal(discounted, add({ optionIds: ["free"] }))).toMatchObject({
      code: "negative_line_price",
    });
  });

  it("is full at as many lines as one order may hold, not before", () => {
    expect(fullCart(MAX_CART_LINES - 1)).toBeNull();
    expect(fullCart(MAX_CART_LINES)).toEqual({
      code: "cart_full",
      message: `An order holds at most ${MAX_CART_LINES} lines`,
    });
  });
});

describe("an order claiming the shared cart", () => {
  const cart = [
    { itemId: "tea", quantity: 2, optionIds: ["oat"], note: "" },
    { itemId: "cake", quantity: 1, optionIds: ["b", "a"], note: "birthday" },
  ];

  it("matches the cart's lines in any order, options in any order, notes without surrounding spaces", () => {
    const ordered = [
      { itemId: "cake", quantity: 1, optionIds: ["a", "b"], note: " birthday " },
      { itemId: "tea", quantity: 2, optionIds: ["oat"] },
    ];
    expect(sameLines(cart, ordered)).toBe(true);
  });

  it("refuses more, fewer or different lines than the cart holds", () => {
    const [tea2, cake] = cart as [(typeof cart)[0], (typeof cart)[0]];
    expect(sameLines(cart, [tea2])).toBe(false);
    expect(sameLines(cart, [tea2, cake, tea2])).toBe(false);
    expect(sameLines(cart, [{ ...tea2, quantity: 3 }, cake])).toBe(false);
    expect(sameLines(cart, [{ ...tea2, optionIds: [] }, cake])).toBe(false);
    expect(sameLines(cart, [tea2, { ...cake, note: "" }])).toBe(false);
    expect(sameLines([], [])).toBe(true);
  });
});

describe("an abandoned order's lines going back to the cart", () => {
  const orderLines = [
    { itemId: "tea", quantity: 2, optionsJson: JSON.stringify([{ id: "oat" }, { id: "cow" }]), note: "" },
    { itemId: "cake", quantity: 1, optionsJson: "[]", note: "birthday" },
  ];

  it("fits what the cart has room for, never a negative number", () => {
    expect(roomLeft(0)).toBe(MAX_CART_LINES);
    expect(roomLeft(MAX_CART_LINES - 2)).toBe(2);
    expect(roomLeft(MAX_CART_LINES)).toBe(0);
    expect(roomLeft(MAX_CART_LINES + 5)).toBe(0);
  });

  it("puts each line at the next version in the order's line order, the cart ending at the last", () => {
    expect(restoredLines(orderLines, { version: 7, addedBy: "Ana" })).toEqual({
      version: 8,
      lines: [
        { itemId: "tea", quantity: 2, optionIdsJson: '["cow","oat"]', note: "", addedBy: "Ana", position: 7 },
        { itemId: "cake", quantity: 1, optionIdsJson: "[]", note: "birthday", addedBy: "Ana", position: 8 },
      ],
    });
  });

  it("still takes the version for the notice it withdraws when no line fits", () => {
    expect(restoredLines([], { version: 7, addedBy: "Ana" })).toEqual({ version: 7, lines: [] });
  });
});
