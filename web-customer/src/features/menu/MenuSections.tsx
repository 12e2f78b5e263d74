import type { MenuCategory, MenuItem } from "@tabletap/shared";
import { text } from "../../lib/text";
import { MenuItemCard } from "./MenuItemCard";
import { sectionId } from "./menuIndex";

interface MenuSectionsProps {
  categories: readonly MenuCategory[];
  inCart: ReadonlyMap<string, number>;
  onOpenItem: (item: MenuItem) => void;
}

export function MenuSections({ categories, inCart, onOpenItem }: MenuSectionsProps) {
  const visible = categories.filter((category) => category.items.length > 0);
  if (visible.length === 0) {
    return (
      <main className="menu-sections">
        <p className="empty-hint">{text.menu.empty}</p>
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
          <h2 id={`${sectionId(category.id)}-title`} className="menu-section__title">
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
