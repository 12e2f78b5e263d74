import { type Allergen, allergenCodes, dietaryIcons } from "@tabletap/shared";
import { t } from "../language/i18n";
import type { MenuFilter } from "./menuFilter";

interface MenuFiltersProps {
  filter: MenuFilter;
  onChange: (filter: MenuFilter) => void;
}

/** The search box and the allergens a diner wants kept off their menu. */
export function MenuFilters({ filter, onChange }: MenuFiltersProps) {
  const toggle = (allergen: Allergen, on: boolean) =>
    onChange({
      ...filter,
      avoid: on ? [...filter.avoid, allergen] : filter.avoid.filter((code) => code !== allergen),
    });
  return (
    <div className="menu-filters">
      <label className="menu-filters__search">
        <span className="visually-hidden">{t("menu.search")}</span>
        <input
          type="search"
          className="field__input"
          placeholder={t("menu.search")}
          value={filter.query}
          onChange={(event) => onChange({ ...filter, query: event.target.value })}
        />
      </label>
      <details className="menu-filters__avoid">
        <summary>
          {t("menu.avoid")}
          {filter.avoid.length > 0 ? ` (${filter.avoid.length})` : null}
        </summary>
        <div className="menu-filters__allergens">
          {allergenCodes.map((allergen) => (
            <label key={allergen} className="menu-filters__allergen">
              <input
                type="checkbox"
                value={allergen}
                checked={filter.avoid.includes(allergen)}
                onChange={(event) => toggle(allergen, event.target.checked)}
              />
              <span aria-hidden="true">{dietaryIcons[allergen]}</span>
              {t(`menu.dietary.${allergen}`)}
            </label>
          ))}
        </div>
      </details>
    </div>
  );
}
