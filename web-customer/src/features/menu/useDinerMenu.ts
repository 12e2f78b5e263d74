import { type MenuCategory, menuInLanguage, type TableMenu } from "@tabletap/shared";
import { useMemo } from "react";
import { useLanguage } from "../language/useLanguage";
import { filterMenu, type MenuFilter } from "./menuFilter";

/**
 * The menu as this diner reads it: in their language (falling back to the shop's), narrowed by their search
 * and the allergens they avoid. Hours were read by the server when it sent the menu (a dish that opens later
 * says from when, one closed for the day is left out); an order it refuses as closed reloads the menu.
 * `read` is the whole menu in their language, for the cart.
 */
export function useDinerMenu(
  menu: TableMenu,
  filter: MenuFilter,
): { read: TableMenu; shown: MenuCategory[] } {
  const language = useLanguage();
  const read = useMemo(() => menuInLanguage(menu, language), [menu, language]);
  const shown = useMemo(() => filterMenu(read.categories, filter), [read, filter]);
  return { read, shown };
}
