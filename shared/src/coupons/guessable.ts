import type { CouponKind } from "./schemas.js";

/** A code that can take at least this share of the cheapest bill it applies to is worth guessing for. */
export const GENEROUS_SHARE = 0.5;
/** Guessing work a generous code needs: about 8 random letters and digits (the API limits guesses too). */
export const GENEROUS_CODE_BITS = 30;

const LETTER_BITS = Math.log2(26);
const DIGIT_BITS = Math.log2(10);
/** A run of this many letters is most likely a word, worth about 2 bits a letter to someone guessing. */
const WORD_RUN = 4;

/**
 * Rough bits of work to guess a code, counting what people pick as cheap: a repeated or next-in-sequence
 * character (AA, 123, ABC) 1 bit, a letter within a run of letters (a word: SUMMER, FREE) 2 bits; other
 * letters and digits what a random one is worth. Separators count nothing.
 */
export function codeGuessBits(code: string): number {
  const chars = [...code.toUpperCase().replace(/[-_]/g, "")];
  const isLetter = (c: string | undefined) => c !== undefined && c >= "A" && c <= "Z";
  let bits = 0;
  chars.forEach((c, i) => {
    const previous = chars[i - 1];
    if (previous !== undefined && Math.abs(c.charCodeAt(0) - previous.charCodeAt(0)) <= 1) {
      bits += 1;
    } else if (isLetter(c)) {
      let start = i;
      while (isLetter(chars[start - 1])) start--;
      let end = i;
      while (isLetter(chars[end + 1])) end++;
      bits += end - start + 1 >= WORD_RUN ? 2 : LETTER_BITS;
    } else {
      bits += DIGIT_BITS;
    }
  });
  return bits;
}

/** The share of the cheapest bill it applies to that a code can take off: 1 when it can make an order free. */
export function couponGenerosity(rules: { kind: CouponKind; value: number; minSpend: number }): number {
  if (rules.kind === "percent") return Math.min(1, rules.value / 100);
  return rules.minSpend > 0 ? Math.min(1, rules.value / rules.minSpend) : 1;
}

/**
 * The console's warning for a code too easy to guess for what it gives, or null. Only a warning: a shop
 * may want WELCOME50 on a poster, but should know that whoever tries codes will find it.
 */
export function guessableCouponWarning(rules: {
  code: string;
  kind: CouponKind;
  value: number;
  minSpend: number;
}): string | null {
  const share = couponGenerosity(rules);
  if (share < GENEROUS_SHARE || codeGuessBits(rules.code) >= GENEROUS_CODE_BITS) return null;
  const gives = share >= 1 ? "can make an order free" : "takes half the bill or more";
  return (
    `This code is easy to guess, and it ${gives}: anyone trying codes could find it. ` +
    "For a discount this large, use at least 8 random letters and digits."
  );
}
