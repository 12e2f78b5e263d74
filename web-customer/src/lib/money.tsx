import { formatMoney, formatMoneyDelta } from "@tabletap/shared";
import { createContext, type ReactNode, useContext, useMemo } from "react";

export interface MoneyFormat {
  /** 1250 → "¥12.50" in the shop's currency and locale. */
  format: (minor: number) => string;
  /** Option price deltas read as changes: "+¥3.00", "−¥1.00". */
  formatDelta: (minor: number) => string;
}

const MoneyContext = createContext<MoneyFormat | null>(null);

/** Every screen formats in the shop's currency and locale, never the phone's, so prices match the counter. */
export function MoneyProvider(props: { currency: string; locale: string; children: ReactNode }) {
  const { currency, locale } = props;
  const value = useMemo<MoneyFormat>(() => {
    return {
      format: (minor: number) => formatMoney(minor, currency, locale),
      formatDelta: (minor: number) => formatMoneyDelta(minor, currency, locale),
    };
  }, [currency, locale]);
  return <MoneyContext value={value}>{props.children}</MoneyContext>;
}

export function useMoney(): MoneyFormat {
  const value = useContext(MoneyContext);
  if (!value) throw new Error("useMoney() needs a <MoneyProvider> above it");
  return value;
}
