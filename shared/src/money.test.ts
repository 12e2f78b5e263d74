import { describe, expect, it } from "vitest";
import { currencySymbol, formatMoney, formatMoneyDelta, parseMoney, toMoneyInput } from "./money.js";

describe("formatMoney", () => {
  it("formats minor units in the currency's own precision", () => {
    expect(formatMoney(1250, "CNY", "zh-CN")).toBe("¥12.50");
    expect(formatMoney(1250, "USD", "en-US")).toBe("$12.50");
    expect(formatMoney(1250, "JPY", "ja-JP")).toBe("￥1,250");
  });

  it("writes a price change with its sign", () => {
    expect(formatMoneyDelta(300, "CNY", "zh-CN")).toBe("+¥3.00");
    expect(formatMoneyDelta(-100, "CNY", "zh-CN")).toBe("−¥1.00");
    expect(formatMoneyDelta(-480, "JPY", "ja-JP")).toBe("−￥480");
  });
});

describe("parseMoney", () => {
  it("reads amounts typed in major units as minor units of the currency", () => {
    expect(parseMoney("12.5", "CNY")).toBe(1250);
    expect(parseMoney(" 12,50 ", "CNY")).toBe(1250);
    expect(parseMoney("+3", "CNY")).toBe(300);
    expect(parseMoney("12.", "CNY")).toBe(1200);
    expect(parseMoney("0", "CNY")).toBe(0);
    expect(parseMoney("9999999.99", "CNY")).toBe(999_999_999);
  });

  it("refuses what is not an amount of the currency", () => {
    for (const typed of ["", "abc", "12.345", ".5", "1 250", "1.2.3", "12345678", "5e2"]) {
      expect(parseMoney(typed, "CNY"), typed).toBeNull();
    }
    expect(parseMoney("480", "JPY")).toBe(480);
    expect(parseMoney("480.5", "JPY")).toBeNull();
    expect(parseMoney("1.250", "KWD")).toBe(1250);
  });

  it("reads a minus sign only where the amount may be signed", () => {
    expect(parseMoney("-1", "CNY")).toBeNull();
    expect(parseMoney("-1", "CNY", { signed: true })).toBe(-100);
    expect(parseMoney("-0,5", "CNY", { signed: true })).toBe(-50);
    expect(Object.is(parseMoney("-0", "CNY", { signed: true }), 0)).toBe(true);
  });
});

describe("toMoneyInput and currencySymbol", () => {
  it("write what a price field shows and the sign next to it", () => {
    expect(toMoneyInput(1250, "CNY")).toBe("12.50");
    expect(toMoneyInput(480, "JPY")).toBe("480");
    expect(parseMoney(toMoneyInput(-50, "CNY"), "CNY", { signed: true })).toBe(-50);
    expect(currencySymbol("CNY", "zh-CN")).toBe("¥");
    expect(currencySymbol("USD", "en-US")).toBe("$");
    expect(currencySymbol("USD", "en-CA")).toBe("US$");
  });
});
