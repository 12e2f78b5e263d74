import type { TableMenu } from "@tabletap/shared";

/** The element the server puts the menu in (server/src/features/menu/menu-page.ts), beside its first screen. */
const PAGE_MENU_ID = "table-menu";

let sent: { tableToken: string; menu: TableMenu } | null | undefined;

/**
 * The menu the server sent with the page, if it is this table's and not yet used: the app starts from
 * the very menu the server drew, without asking for it again. Used once: a later visit to a menu within
 * the app fetches it, as the page may be old by then.
 */
export function pageMenu(tableToken: string): TableMenu | undefined {
  if (sent === undefined) {
    try {
      sent = JSON.parse(document.getElementById(PAGE_MENU_ID)?.textContent ?? "null");
    } catch {
      sent = null;
    }
  }
  return sent?.tableToken === tableToken ? sent.menu : undefined;
}

export function forgetPageMenu(): void {
  sent = null;
}
