import type { TableKind } from "@tabletap/shared";

export interface CardText {
  /** Big line under the code: which table (or the counter) this is. */
  title: string;
  /** One line telling a diner what to do. */
  instruction: string;
}

interface SheetLanguage {
  lang: string;
  table: (label: string) => string;
  counter: (label: string) => string;
  scanTable: string;
  scanCounter: string;
}

const english: SheetLanguage = {
  lang: "en",
  table: (label) => `Table ${label}`,
  counter: () => "Takeaway",
  scanTable: "Scan to see the menu and order from your phone",
  scanCounter: "Scan to order takeaway from your phone",
};

const languages: Record<string, SheetLanguage> = {
  en: english,
  zh: {
    lang: "zh-CN",
    table: (label) => `${label} 号桌`,
    counter: () => "外带自取",
    scanTable: "扫码查看菜单，用手机点餐",
    scanCounter: "扫码用手机点外带",
  },
};

/** The printed cards speak the shop's language (by its locale's language part), English otherwise. */
export function sheetLanguage(locale: string): SheetLanguage {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? "";
  return languages[language] ?? english;
}

export function cardText(locale: string, table: { kind: TableKind; label: string }): CardText {
  const language = sheetLanguage(locale);
  return table.kind === "counter"
    ? { title: language.counter(table.label), instruction: language.scanCounter }
    : { title: language.table(table.label), instruction: language.scanTable };
}
