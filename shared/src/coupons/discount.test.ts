import { describe, expect, it } from "vitest";
import { couponDiscount } from "./discount.js";

describe("couponDiscount", () => {
  it("rounds a percentage to the nearest minor unit, halves up", () => {
    expect(couponDiscount({ kind: "percent", value: 15 }, 999)).toBe(150); // 149.85
    expect(couponDiscount({ kind: "percent", value: 10 }, 1234)).toBe(123); // 123.4
    expect(couponDiscount({ kind: "percent", value: 50 }, 3)).toBe(2); // 1.5
    expect(couponDiscount({ kind: "percent", value: 100 }, 4321)).toBe(4321);
  });

  it("never takes a fixed amount below zero", () => {
    expect(couponDiscount({ kind: "fixed", value: 500 }, 1200)).toBe(500);
    expect(couponDiscount({ kind: "fixed", value: 500 }, 300)).toBe(300);
    expect(couponDiscount({ kind: "fixed", value: 500 }, 0)).toBe(0);
  });
});
