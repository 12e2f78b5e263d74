import { describe, expect, it } from "vitest";
import { negativeLine, type PriceFloors } from "./price-floor.js";

const floors = (entries: [string, string, number][]): PriceFloors =>
  new Map(entries.map(([id, name, lowest]) => [id, { name, lowest }]));

describe("negativeLine", () => {
  it("refuses an edit that lets a dish go below zero, naming it and its lowest price", () => {
    const before = floors([["tea", "Tea", 100]]);
    const after = floors([["tea", "Tea", -50]]);
    expect(negativeLine(before, after)).toMatchObject({
      ok: false,
      code: "negative_line_price",
      details: { itemId: "tea", lowestUnitPrice: -50 },
    });
  });

  it("allows edits that keep every dish at zero or more, or do not make an old negative one worse", () => {
    expect(negativeLine(floors([["tea", "Tea", 100]]), floors([["tea", "Tea", 0]]))).toBeUndefined();
    expect(negativeLine(floors([["tea", "Tea", -80]]), floors([["tea", "Tea", -50]]))).toBeUndefined();
    expect(negativeLine(floors([["tea", "Tea", -50]]), floors([["tea", "Tea", -60]]))).toMatchObject({
      code: "negative_line_price",
    });
  });
});
