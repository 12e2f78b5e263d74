import { describe, expect, it } from "vitest";
import { fenToYuan, yuanToFen } from "./money.js";

describe("yuan ↔ fen", () => {
  it.each([
    ["0.01", 1],
    ["0.29", 29],
    ["12.5", 1250],
    ["12.50", 1250],
    ["15", 1500],
    ["1234567.89", 123456789],
  ])("reads %s yuan as %i fen without float error", (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it.each(["", "-1.00", "1.005", "01.00", "1e3", " 1.00", "1,00", "NaN", "0x10"])("refuses %j", (text) => {
    expect(yuanToFen(text)).toBeNull();
  });

  it.each([
    [0, "0.00"],
    [1, "0.01"],
    [29, "0.29"],
    [1250, "12.50"],
    [123456789, "1234567.89"],
  ])("writes %i fen as %s", (fen, yuan) => {
    expect(fenToYuan(fen)).toBe(yuan);
    expect(yuanToFen(fenToYuan(fen))).toBe(fen);
  });

  it("refuses fractional or negative fen", () => {
    expect(() => fenToYuan(12.5)).toThrow(RangeError);
    expect(() => fenToYuan(-1)).toThrow(RangeError);
  });
});
