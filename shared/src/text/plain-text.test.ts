import { describe, expect, it } from "vitest";
import { plainText } from "./plain-text.js";

describe("plainText", () => {
  it("keeps what people type, emoji sequences and the allowed whitespace included", () => {
    expect(plainText("\\t\\n").test("no onions\tplease\n👨‍👩‍👧 𝒳 زیاد")).toBe(true);
    expect(plainText().test("")).toBe(true);
  });

  it.each([
    ["a control character", "tea\u0007"],
    ["NUL", "tea\u0000"],
    ["a lone high surrogate", "tea\ud800"],
    ["a lone low surrogate", "\udc00tea"],
    ["a right-to-left override", "no \u202eseiruo"],
    ["a bidi isolate", "T\u20669"],
  ])("refuses %s", (_name, text) => {
    expect(plainText("\\t\\n").test(text)).toBe(false);
  });

  it.each([
    ["a line separator", "T\u20289"],
    ["a paragraph separator", "T\u20299"],
    ["a left-to-right mark", "T\u200e9"],
    ["a right-to-left mark", "T\u200f9"],
    ["an Arabic letter mark", "T\u061c9"],
  ])("refuses %s in one-line text", (_name, text) => {
    expect(plainText().test(text)).toBe(false);
  });

  it("refuses a newline unless allowed", () => {
    expect(plainText().test("a\nb")).toBe(false);
    expect(plainText("\\n").test("a\nb")).toBe(true);
  });
});
