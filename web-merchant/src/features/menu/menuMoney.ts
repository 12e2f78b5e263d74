import { useMemo } from "react";
import { useStaffSession } from "../auth/session";

export interface MenuMoney {
  /** 1250 → "¥12.50" in the shop's currency and locale. */
  format: (minor: number) => string;
  /** 1250 → "12.50": what a price field shows for editing. */
  toInput: (minor: number) => string;
  /** "12.5" or "12,50" → 1250; undefined when it is not an amount of this currency. */
  parse: (text: string, options?: { allowNegative?: boolean }) => number | undefined;
  /** The currency's symbol as the shop writes it, for labels. */
  symbol: string;
}

export function menuMoney(currency: string, locale: string): MenuMoney {
  const formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  const scale = 10 ** digits;
  const symbol = formatter.formatToParts(0).find((part) => part.type === "currency")?.value ?? currency;
  return {
    format: (minor) => formatter.format(minor / scale),
    toInput: (minor) => (minor / scale).toFixed(digits),
    symbol,
    parse(text, options = {}) {
      const normalized = text.trim().replace(/\s/g, "").replace(",", ".");
      const pattern = options.allowNegative ? /^[-+]?\d+(\.\d*)?$/ : /^\+?\d+(\.\d*)?$/;
      if (!pattern.test(normalized)) return undefined;
      const fraction = normalized.split(".")[1] ?? "";
      if (fraction.length > digits) return undefined;
      return Math.round(Number(normalized) * scale);
    },
  };
}

/** Money helpers for the signed-in shop. */
export function useMenuMoney(): MenuMoney {
  const { shop } = useStaffSession();
  return useMemo(() => menuMoney(shop.currency, shop.locale), [shop.currency, shop.locale]);
}
