// Alipay speaks yuan as decimal strings ("12.50"); the app speaks integer fen. Converting through strings,
// never floats, so 0.29 stays 29 fen and not 28.999….

const YUAN = /^(0|[1-9]\d{0,10})(?:\.(\d{1,2}))?$/;

/** "12.5" → 1250; null for anything that is not a plain non-negative amount with at most two decimals. */
export function yuanToFen(text: string): number | null {
  const match = YUAN.exec(text);
  if (!match) return null;
  const [, whole = "0", fraction = ""] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** 1250 → "12.50". */
export function fenToYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not an amount in fen: ${fen}`);
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}
