import { formatMoney } from "@tabletap/shared";
import { createContext, type ReactNode, useContext, useMemo } from "react";

export interface MoneyFormat {
  /** 1250 → "¥12.50" in the shop's currency and locale. */
  format: (minor: number) => string;
  /** Option price deltas read as changes: "+¥3.00", "−¥1.00". */
  formatDelta: (minor: number) => string;
}

const MoneyContext = createContext<MoneyFormat | null>(null);

// Amounts the server already formatted for this page, by locale, currency and amount (see pageMenu).
const formattedByPage = new Map<string, string>();
const pageKey = (locale: string, currency: string, minor: number) => `${locale}|${currency}|${minor}`;

/** Takes the page's own formatting of these amounts, so drawing them builds no formatter yet. */
export function rememberPageFormats(locale: string, currency: string, prices: [number, string][]): void {
  for (const [minor, formatted] of prices) formattedByPage.set(pageKey(locale, currency, minor), formatted);
}

/** Every screen formats in the shop's currency and locale, never the phone's, so prices match the counter. */
export function MoneyProvider(props: { currency: string; locale: string; children: ReactNode }) {
  const { currency, locale } = props;
  const value = useMemo<MoneyFormat>(() => {
    const format = (minor: number) =>
      formattedByPage.get(pageKey(locale, currency, minor)) ?? formatMoney(minor, currency, locale);
    const formatDelta = (minor: number) => (minor < 0 ? `−${format(-minor)}` : `+${format(minor)}`);
    return { format, formatDelta };
  }, [currency, locale]);
  return <MoneyContext value={value}>{props.children}</MoneyContext>;
}

export function useMoney(): MoneyFormat {
  const value = useContext(MoneyContext);
  if (!value) throw new Error("useMoney() needs a <MoneyProvider> above it");
  return value;
}
