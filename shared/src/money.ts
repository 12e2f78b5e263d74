/** Money is always an integer count of the currency's minor unit (cents, fen). */
export type Minor = number;

const fractionDigits = (currency: string): number =>
  new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** Formats minor units in the shop's currency and locale, e.g. 1250 CNY zh-CN → "¥12.50". */
export function formatMoney(amount: Minor, currency: string, locale: string): string {
  const digits = fractionDigits(currency);
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount / 10 ** digits);
}
