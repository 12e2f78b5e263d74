import { currencySymbol, formatMoney, parseMoney, toMoneyInput } from "@tabletap/shared";
import { useMemo } from "react";
import { useStaffSession } from "../auth/session";

/** The shared money rules bound to the signed-in shop's currency and locale, for the menu's price fields. */
export interface MenuMoney {
  /** 1250 → "¥12.50". */
  format: (minor: number) => string;
  /** 1250 → "12.50": what a price field shows for editing. */
  toInput: (minor: number) => string;
  /** "12.5" or "12,50" → 1250; null when it is not an amount of this currency. */
  parse: (text: string, options?: { signed?: boolean }) => number | null;
  /** The currency's symbol as the shop writes it, for labels. */
  symbol: string;
}

export function useMenuMoney(): MenuMoney {
  const { currency, locale } = useStaffSession().shop;
  return useMemo(
    () => ({
      format: (minor) => formatMoney(minor, currency, locale),
      toInput: (minor) => toMoneyInput(minor, currency),
      parse: (text, options) => parseMoney(text, currency, options),
      symbol: currencySymbol(currency, locale),
    }),
    [currency, locale],
  );
}
