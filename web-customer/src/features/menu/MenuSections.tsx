import type { MenuCategory, MenuItem } from "@tabletap/shared";
import { memo } from "react";
import { t } from "../language/i18n";
import { useLanguage } from "../language/useLanguage";
import { MenuItemCard } from "./MenuItemCard";
import { sectionId } from "./menuIndex";

interface MenuSectionsProps {
  categories: readonly MenuCategory[];
  inCart: ReadonlyMap<string, number>;
  onOpenItem: (item: MenuItem) => void;
  /** The diner searched or filtered: an empty list is theirs, not the shop's. */
  filtered?: boolean;
}

/** Same counts for every item: a cart change that leaves them alone (a nickname, a version) changes nothing here. */
const sameCounts = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  a.size === b.size && [...a].every(([id, count]) => b.get(id) === count);

/**
 * The longest thing the page draws: redrawn only when the menu, the cart's counts or the handler change,
 * not as the connection, the kept dishes, the tab or the sheets arrive after the first paint.
 */
export const MenuSections = memo(
  MenuSectionList,
  (before, after) =>
    before.categories === after.categories &&
    before.onOpenItem === after.onOpenItem &&
    before.filtered === after.filtered &&
    sameCounts(before.inCart, after.inCart),
);

function MenuSectionList({ categories, inCart, onOpenItem, filtered = false }: MenuSectionsProps) {
  // Memoized away from the app's own redraw on a language switch: it follows the language itself.
  useLanguage();
  const visible = categories.filter((category) => category.items.length > 0);
  if (visible.length === 0) {
    return (
      <main className="menu-sections">
        <p className="empty-hint">{filtered ? t("menu.noMatches") : t("menu.empty")}</p>
      </main>
    );
  }
  return (
    <main className="menu-sections">
      {visible.map((category) => (
        <section
          key={category.id}
          id={sectionId(category.id)}
          className="menu-section"
          aria-labelledby={`${sectionId(category.id)}-title`}
        >
          <h2 id={`${sectionId(category.id)}-title`} className="menu-section__title" lang={category.lang}>
            {category.name}
          </h2>
          <ul className="menu-section__items">
            {category.items.map((item) => (
              <li key={item.id}>
                <MenuItemCard item={item} inCart={inCart.get(item.id) ?? 0} onOpen={() => onOpenItem(item)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
