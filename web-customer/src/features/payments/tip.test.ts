import { describe, expect, it } from "vitest";
import { parseAmount, tipAmount } from "./tip";

describe("tips", () => {
  it("rounds a percentage to the minor unit", () => {
    expect(tipAmount({ kind: "percent", percent: 15 }, 999)).toBe(150);
    expect(tipAmount({ kind: "percent", percent: 0 }, 999)).toBe(0);
    expect(tipAmount({ kind: "amount", amount: 500 }, 999)).toBe(500);
  });

  it("reads a typed amount in the currency's minor units", () => {
    expect(parseAmount("5", "CNY")).toBe(500);
    expect(parseAmount("5.5", "USD")).toBe(550);
    expect(parseAmount("5,25", "EUR")).toBe(525);
    expect(parseAmount("300", "JPY")).toBe(300);
    expect(parseAmount("1.234", "USD")).toBeNull();
    expect(parseAmount("-2", "USD")).toBeNull();
    expect(parseAmount("abc", "USD")).toBeNull();
  });
});
