import { describe, expect, it } from "vitest";
import { menuMoney } from "./menuMoney";

describe("menuMoney", () => {
  it("reads prices typed in major units as minor units of the currency", () => {
    const cny = menuMoney("CNY", "zh-CN");
    expect(cny.parse("12.5")).toBe(1250);
    expect(cny.parse(" 12,50 ")).toBe(1250);
    expect(cny.parse("0")).toBe(0);
    expect(cny.parse("12.345")).toBeUndefined();
    expect(cny.parse("-1")).toBeUndefined();
    expect(cny.parse("-1", { allowNegative: true })).toBe(-100);
    expect(cny.parse("abc")).toBeUndefined();
    expect(cny.parse("")).toBeUndefined();
    expect(cny.toInput(1250)).toBe("12.50");
    expect(cny.format(1250)).toBe("¥12.50");
  });

  it("knows currencies without minor units", () => {
    const jpy = menuMoney("JPY", "ja-JP");
    expect(jpy.parse("480")).toBe(480);
    expect(jpy.parse("480.5")).toBeUndefined();
    expect(jpy.toInput(480)).toBe("480");
  });
});
