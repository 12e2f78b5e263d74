import { type Availability, availabilityAt, bothAvailable } from "./availability.js";
import { localize } from "./localize.js";
import type { Translations } from "./menu-text.js";
import type { MenuCategory, Shop } from "./schemas.js";

interface DinerMenu {
  shop: Shop;
  categories: MenuCategory[];
  shopNames?: Translations | undefined;
}

/**
 * The menu in the diner's chosen language: every name and description falls back to the shop's language,
 * then to any language it is written in, and says which one it is in (`lang`). Applied by the server to what
 * it sends and again by the phone when the diner switches language, from the same translations.
 */
export function menuInLanguage<M extends DinerMenu>(menu: M, chosen: string): M {
  const locale = menu.shop.locale;
  const text = <T extends Parameters<typeof localize>[0]>(entity: T) => localize(entity, chosen, locale);
  const shopName =
    menu.shopNames && localize({ name: menu.shop.name, translations: menu.shopNames }, chosen, locale);
  return {
    ...menu,
    shop: shopName ? { ...menu.shop, name: shopName.name } : menu.shop,
    categories: menu.categories.map((category) => ({
      ...text(category),
      items: category.items.map((item) => ({
        ...text(item),
        optionGroups: item.optionGroups.map((group) => ({
          ...text(group),
          options: group.options.map(text),
        })),
      })),
    })),
  };
}

/** Whether a dish of the menu can be ordered at an instant, its category's hours included. */
export const itemAvailability = (
  category: Pick<MenuCategory, "hours">,
  item: Pick<MenuCategory["items"][number], "hours">,
  at: number,
  timeZone: string,
): Availability =>
  bothAvailable(availabilityAt(category.hours, at, timeZone), availabilityAt(item.hours, at, timeZone));

/**
 * The menu as a diner sees it at an instant: a dish that opens later today says from when
 * (`availableFrom`), one closed for the rest of the day is left out, and so is a category left empty.
 */
export function menuAt(categories: MenuCategory[], at: number, timeZone: string): MenuCategory[] {
  return categories
    .map((category) => ({
      ...category,
      items: category.items.flatMap((item) => {
        const { availableFrom: _before, ...rest } = item;
        const availability = itemAvailability(category, item, at, timeZone);
        if (availability.open) return [rest];
        return availability.from ? [{ ...rest, availableFrom: availability.from }] : [];
      }),
    }))
    .filter((category) => category.items.length > 0);
}
