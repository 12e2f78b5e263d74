import type { MenuItem } from "@tabletap/shared";
import { describe, expect, it } from "vitest";
import { draftTotal, toRequestLines } from "./draft";

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
        { id: "regular", name: "Regular", priceDelta: 0 },
        { id: "large", name: "Large", priceDelta: 400 },
      ],
    },
    {
      id: "extras",
      name: "Extras",
      minChoices: 0,
      maxChoices: 2,
      options: [
        { id: "oat", name: "Oat milk", priceDelta: 300 },
        { id: "shot", name: "Extra shot", priceDelta: 500 },
        { id: "syrup", name: "Syrup", priceDelta: 200 },
      ],
    },
  ],
};

describe("composing a staff order", () => {
  it("sends ids, quantities and trimmed notes only, and estimates the total with the shared pricing", () => {
    const lines = [{ key: "1", item: latte, optionIds: ["large", "oat"], quantity: 2, note: "  extra hot " }];
    expect(toRequestLines(lines)).toEqual([
      { itemId: "latte", quantity: 2, optionIds: ["large", "oat"], note: "extra hot" },
    ]);
    expect(draftTotal(lines)).toBe((2800 + 400 + 300) * 2);
  });
});
