import { describe, expect, it } from "vitest";
import type { MenuItem } from "../menu/schemas.js";
import { chosenUnitPrice, priceLine } from "./pricing.js";

const latte: MenuItem = {
  id: "latte",
  categoryId: "drinks",
  name: "Latte",
  description: "",
  price: 2800,
  soldOut: false,
  photo: null,
  optionGroups: [
    {
      id: "size",
      name: "Size",
      minChoices: 1,
      maxChoices: 1,
      options: [
        { id: "reg", name: "Regular", priceDelta: 0 },
        { id: "lg", name: "Large", priceDelta: 400 },
      ],
    },
    {
      id: "extras",
      name: "Extras",
      minChoices: 0,
      maxChoices: 2,
      options: [
        { id: "shot", name: "Shot", priceDelta: 500 },
        { id: "syrup", name: "Syrup", priceDelta: 300 },
        { id: "cream", name: "Cream", priceDelta: 200 },
      ],
    },
  ],
};

describe("priceLine", () => {
  it("adds each chosen option's delta to the base price, times the quantity", () => {
    expect(priceLine(latte, ["lg", "shot", "syrup"], 3)).toEqual({
      ok: true,
      unitPrice: 2800 + 400 + 500 + 300,
      lineTotal: 4000 * 3,
      options: [
        latte.optionGroups[0]?.options[1],
        latte.optionGroups[1]?.options[0],
        latte.optionGroups[1]?.options[1],
      ],
    });
  });

  it("returns options in menu order whatever order they were sent in", () => {
    const priced = priceLine(latte, ["syrup", "reg"], 1);
    expect(priced.ok && priced.options.map((o) => o.id)).toEqual(["reg", "syrup"]);
  });

  it.each([
    ["a required group left empty", ["shot"], /choose exactly 1 of "Size"/],
    ["two choices in a pick-one group", ["reg", "lg"], /choose exactly 1 of "Size"/],
    ["more than the group's maximum", ["reg", "shot", "syrup", "cream"], /choose 0 to 2 of "Extras"/],
    ["an option from elsewhere", ["reg", "milk"], /does not belong/],
    ["the same option twice", ["reg", "reg"], /chosen twice/],
  ])("refuses %s", (_name, optionIds, message) => {
    const priced = priceLine(latte, optionIds, 1);
    expect(priced.ok).toBe(false);
    expect(!priced.ok && priced.message).toMatch(message);
  });

  it("prices an item without option groups at its base price", () => {
    expect(priceLine({ ...latte, optionGroups: [] }, [], 2)).toMatchObject({
      ok: true,
      unitPrice: 2800,
      lineTotal: 5600,
    });
  });
});

describe("chosenUnitPrice", () => {
  it("prices the chosen options even before the choice is complete, and ignores ids of other items", () => {
    expect(chosenUnitPrice(latte, [])).toBe(2800);
    expect(chosenUnitPrice(latte, ["shot"])).toBe(3300);
    expect(chosenUnitPrice(latte, ["lg", "shot", "syrup", "cream", "milk"])).toBe(4200);
    expect(chosenUnitPrice({ ...latte, price: 100 }, ["reg", "lg"])).toBe(500);
  });

  it("is the unit price priceLine charges for a complete choice", () => {
    const priced = priceLine(latte, ["syrup", "lg"], 3);
    expect(priced.ok && priced.unitPrice).toBe(chosenUnitPrice(latte, ["syrup", "lg"]));
  });
});
