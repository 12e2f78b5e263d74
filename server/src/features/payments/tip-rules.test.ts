import { describe, expect, it } from "vitest";
import { tipTooLarge } from "./checkout.js";

describe("tipTooLarge", () => {
  it("lets a tip up to the order's total through and refuses a larger one as tip_too_large", () => {
    expect(tipTooLarge(0, 1200)).toBeUndefined();
    expect(tipTooLarge(1200, 1200)).toBeUndefined();
    expect(tipTooLarge(1201, 1200)).toEqual({
      ok: false,
      code: "tip_too_large",
      message: "A tip can be at most the order's total. Please choose a smaller tip.",
    });
  });
});
