import { type Stringifier, stringify } from "csv-stringify";

/**
 * A CSV writer for spreadsheets: RFC 4180 quoting by csv-stringify, and cells that a spreadsheet would
 * run as a formula (=, +, -, @, tab, CR at the start, e.g. an item called "=HYPERLINK(…)") prefixed with
 * a quote. Amounts are numbers, so a negative one is never mistaken for a formula; they are written in
 * major units with the currency's digits.
 */
export function csvWriter(columns: { key: string; header: string }[], amountDigits: number): Stringifier {
  const amounts = new Set(columns.filter((c) => c.key.endsWith("$")).map((c) => c.key));
  return stringify({
    header: true,
    columns,
    bom: true,
    escape_formulas: true,
    record_delimiter: "windows",
    cast: {
      number: (value, context) =>
        typeof context.column === "string" && amounts.has(context.column)
          ? (value / 10 ** amountDigits).toFixed(amountDigits)
          : String(value),
    },
  });
}

/** Column keys ending in `$` hold minor units and are written as money. */
export const money = (key: string) => `${key}$`;

/** Digits after the decimal point in the currency (2 for CNY and USD, 0 for JPY). */
export const currencyDigits = (currency: string): number =>
  new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
