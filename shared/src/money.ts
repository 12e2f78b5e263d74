/** Money is always an integer count of the currency's minor unit (cents, fen). */
export type Minor = number;

// Building an Intl.NumberFormat costs far more than using one, and a menu formats hundreds of prices per
// render on a slow phone, so each (locale, currency) formatter is built once.
const formatters = new Map<string, Intl.NumberFormat>();
function currencyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatters.set(key, format);
  }
  return format;
}

const fractionDigits = (currency: string): number =>
  currencyFormat("en", currency).resolvedOptions().maximumFractionDigits ?? 2;

/** How many digits the currency's minor unit has: 2 for CNY (fen), 0 for JPY, 3 for KWD. */
export const minorUnitDigits = fractionDigits;

/** Formats minor units in the shop's currency and locale, e.g. 1250 CNY zh-CN → "¥12.50". */
export function formatMoney(amount: Minor, currency: string, locale: string): string {
  const digits = fractionDigits(currency);
  return currencyFormat(locale, currency).format(amount / 10 ** digits);
}

/** A price change read as a change, e.g. an option's: "+¥3.00", "−¥1.00" (a true minus sign). */
export const formatMoneyDelta = (amount: Minor, currency: string, locale: string): string =>
  amount < 0 ? `−${formatMoney(-amount, currency, locale)}` : `+${formatMoney(amount, currency, locale)}`;

/**
 * What a person typed as an amount ("5", "5.5", "5,50", "+5") → minor units; null if it is not one, or has
 * more decimals than the currency. A minus sign is read only where an amount may be `signed` (a price change
 * of an option); seven whole digits at most keep every sum exact.
 */
export function parseMoney(
  typed: string,
  currency: string,
  options: { signed?: boolean } = {},
): Minor | null {
  const digits = fractionDigits(currency);
  const match = /^\s*([-+]?)(\d{1,7})(?:[.,](\d*))?\s*$/.exec(typed);
  if (!match) return null;
  const [, sign, whole = "", fraction = ""] = match;
  if (fraction.length > digits || (sign === "-" && !options.signed)) return null;
  const amount = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  return sign === "-" && amount > 0 ? -amount : amount;
}

/** The currency's sign as the shop's locale writes it, for a label next to an amount field: "¥", "US$". */
export const currencySymbol = (currency: string, locale: string): string =>
  currencyFormat(locale, currency)
    .formatToParts(0)
    .find((part) => part.type === "currency")?.value ?? currency;

/** Minor units as a plain decimal for an input field: 1250 CNY → "12.50". */
export const toMoneyInput = (amount: Minor, currency: string): string =>
  (amount / 10 ** fractionDigits(currency)).toFixed(fractionDigits(currency));
