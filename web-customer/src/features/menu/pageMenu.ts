import type { TableMenu, TableTab } from "@tabletap/shared";
import { rememberPageFormats } from "../../lib/money";

/** The element the server puts the menu in (server/src/features/menu/menu-page.ts), beside its first screen. */
const PAGE_MENU_ID = "table-menu";

interface PageMenu {
  tableToken: string;
  menu: TableMenu;
  /** Each dish's price as the server formatted it, in the shop's currency and locale. */
  prices: [number, string][];
  /** A table's open tab as the page was drawn; none for a counter. */
  tab?: TableTab;
}

let sent: PageMenu | null | undefined;

/**
 * The menu the server sent with the page, if it is this table's and not yet used: the app starts from
 * the very menu the server drew, without asking for it again. Used once: a later visit to a menu within
 * the app fetches it, as the page may be old by then.
 */
export function pageMenu(tableToken: string): TableMenu | undefined {
  if (sent === undefined) {
    try {
      sent = JSON.parse(document.getElementById(PAGE_MENU_ID)?.textContent ?? "null") as PageMenu | null;
    } catch {
      sent = null;
    }
    if (sent) rememberPageFormats(sent.menu.shop.locale, sent.menu.shop.currency, sent.prices ?? []);
  }
  return sent?.tableToken === tableToken ? sent.menu : undefined;
}

/**
 * The table's tab the page came with, read like its menu: the app starts without asking for it, so no
 * answer needs checking (and no schema building) while the menu first draws.
 */
export function pageTab(tableToken: string): TableTab | undefined {
  return pageMenu(tableToken) ? sent?.tab : undefined;
}

export function forgetPageMenu(): void {
  sent = null;
}
