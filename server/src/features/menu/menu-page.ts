import path from "node:path";
import { formatMoney, type TableMenu, type TableTab } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import type { FirstScreen } from "../../http/web-apps.js";
import { menuTitle, renderFirstScreen } from "./first-screen.js";
import {
  firstScreenText,
  pickLanguage,
  readFirstScreenWords,
  type WordsByLanguage,
} from "./first-screen-words.js";
import { loadTableMenu } from "./table-menu.js";

/** Where the diner app reads the menu the page came with (web-customer/src/features/menu/pageMenu.ts). */
export const PAGE_MENU_ID = "table-menu";

/**
 * `/t/:token` with its menu's first screen already drawn and the menu itself alongside, so a phone paints
 * the menu from the page alone and the app starts without asking for it again. A code that opens nothing
 * gets the plain app page, which says why as it always did: the page tells no more than the API.
 */
export function menuFirstScreen(deps: {
  db: Db;
  clock: () => number;
  customerRoot: string;
  /** A table's open tab, sent with its menu so the app starts without asking for either. */
  tabOf: (table: { id: string; currency: string }) => Promise<TableTab>;
}) {
  let words: Promise<WordsByLanguage | undefined> | undefined;
  return async (
    params: { token?: string },
    acceptLanguage: string | undefined,
  ): Promise<FirstScreen | undefined> => {
    words ??= readFirstScreenWords(path.join(deps.customerRoot, "first-screen-words.json"));
    const language = pickLanguage(acceptLanguage);
    const reading = { language, now: deps.clock() };
    const [byLanguage, menu] = await Promise.all([
      words,
      loadTableMenu(deps.db, params.token ?? "", reading),
    ]);
    if (!byLanguage || !menu) return undefined;
    const text = firstScreenText(byLanguage, language);
    const tab =
      menu.table.kind === "table"
        ? await deps.tabOf({ id: menu.table.id, currency: menu.shop.currency })
        : undefined;
    return {
      lang: text.language,
      title: menuTitle(menu),
      root: renderFirstScreen(menu, text, tab),
      data: {
        id: PAGE_MENU_ID,
        value: { tableToken: params.token, menu, prices: menuPrices(menu, tab), ...(tab ? { tab } : {}) },
      },
    };
  };
}

/**
 * Every dish's price (and the tab's total) as the page shows it. The app draws its first screen with these: a phone's first
 * currency formatter costs tens of milliseconds to build (its currency data), which would block the page
 * just as it takes over; the app builds one only for the first amount the page did not bring.
 */
const menuPrices = (menu: TableMenu, tab: TableTab | undefined): [number, string][] => {
  const amounts = new Set(menu.categories.flatMap((category) => category.items.map((item) => item.price)));
  if (tab) amounts.add(tab.total);
  return [...amounts].map((amount) => [amount, formatMoney(amount, menu.shop.currency, menu.shop.locale)]);
};
