import { describe, expect, it } from "vitest";
import { codeGuessBits, couponGenerosity, GENEROUS_CODE_BITS, guessableCouponWarning } from "./guessable.js";

describe("codeGuessBits", () => {
  it("counts 8 random letters and digits as enough for a generous code, 7 as not", () => {
    expect(codeGuessBits("K7QX9M2P")).toBeGreaterThanOrEqual(GENEROUS_CODE_BITS);
    expect(codeGuessBits("K7QX9M2")).toBeLessThan(GENEROUS_CODE_BITS);
  });

  it.each(["FREECOFFEE", "WELCOME100", "12345678", "AAAAAAAAAA", "ABCDEFGHIJ", "FREE-FOOD-NOW"])(
    "counts %s as easy to guess",
    (code) => {
      expect(codeGuessBits(code)).toBeLessThan(GENEROUS_CODE_BITS);
    },
  );

  it("ignores case and separators", () => {
    expect(codeGuessBits("k7qx-9m2p")).toBe(codeGuessBits("K7QX9M2P"));
  });
});

describe("couponGenerosity", () => {
  it("is the percentage, or the fixed amount against the minimum spend (1 without one)", () => {
    expect(couponGenerosity({ kind: "percent", value: 100, minSpend: 0 })).toBe(1);
    expect(couponGenerosity({ kind: "percent", value: 10, minSpend: 0 })).toBe(0.1);
    expect(couponGenerosity({ kind: "fixed", value: 500, minSpend: 5000 })).toBe(0.1);
    expect(couponGenerosity({ kind: "fixed", value: 500, minSpend: 0 })).toBe(1);
  });
});

describe("guessableCouponWarning", () => {
  it("warns about a short or word-like code that gives a lot", () => {
    expect(guessableCouponWarning({ code: "FREE100", kind: "percent", value: 100, minSpend: 0 })).toMatch(
      /can make an order free/,
    );
    expect(guessableCouponWarning({ code: "HALFOFF", kind: "percent", value: 50, minSpend: 0 })).toMatch(
      /half the bill or more/,
    );
    expect(
      guessableCouponWarning({ code: "TAKE20", kind: "fixed", value: 2000, minSpend: 0 }),
    ).not.toBeNull();
  });

  it("stays quiet for a random-looking code, or an ordinary promotion", () => {
    expect(guessableCouponWarning({ code: "K7QX9M2P", kind: "percent", value: 100, minSpend: 0 })).toBeNull();
    expect(guessableCouponWarning({ code: "WELCOME10", kind: "percent", value: 10, minSpend: 0 })).toBeNull();
    expect(guessableCouponWarning({ code: "SAVE5", kind: "fixed", value: 500, minSpend: 5000 })).toBeNull();
  });
});
