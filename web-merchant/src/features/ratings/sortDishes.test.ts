import type { DishRatings } from "@tabletap/shared";
import { describe, expect, it } from "vitest";
import { overall, sortDishes } from "./sortDishes";

const dish = (name: string, histogram: number[]): DishRatings => {
  const count = histogram.reduce((a, b) => a + b, 0);
  const total = histogram.reduce((s, n, i) => s + n * (i + 1), 0);
  return { itemId: name, name, average: Math.round((total / count) * 10) / 10, count, histogram, recent: [] };
};

const tea = dish("Tea", [0, 0, 1, 1, 1]); // 4.0 from 3
const buns = dish("Buns", [1, 0, 0, 0, 0]); // 1.0 from 1
const latte = dish("Latte", [0, 0, 0, 4, 4]); // 4.5 from 8
const noodles = dish("Noodles", [0, 0, 0, 2, 0]); // 4.0 from 2

describe("ordering rated dishes", () => {
  it("puts the weakest first, breaking ties by how many rated them", () => {
    expect(sortDishes([latte, noodles, tea, buns], "lowest").map((d) => d.name)).toEqual([
      "Buns",
      "Tea",
      "Noodles",
      "Latte",
    ]);
  });

  it("puts the best or the most rated first on request", () => {
    expect(sortDishes([buns, tea, noodles, latte], "highest").map((d) => d.name)).toEqual([
      "Latte",
      "Tea",
      "Noodles",
      "Buns",
    ]);
    expect(sortDishes([buns, tea, noodles, latte], "most").map((d) => d.name)).toEqual([
      "Latte",
      "Tea",
      "Noodles",
      "Buns",
    ]);
  });

  it("sums every rating of the shop into one mean", () => {
    // (3+4+5) + 1 + (4*4+5*4) + (4+4) = 12 + 1 + 36 + 8 = 57 over 14 ratings.
    expect(overall([tea, buns, latte, noodles])).toEqual({ count: 14, average: 4.1 });
    expect(overall([])).toEqual({ count: 0, average: undefined });
  });
});
