import { dietaryIcons, type MenuItem } from "@tabletap/shared";
import { t } from "../language/i18n";

/**
 * What the shop stated a dish is and contains, each as a picture with its word: diet tags and spiciness
 * first, then "Contains" and the allergens. Nothing when nothing was stated.
 */
export function DietaryBadges({ item }: { item: MenuItem }) {
  const diet = item.diet ?? [];
  const allergens = item.allergens ?? [];
  const spicy = item.spicy ?? 0;
  if (diet.length + allergens.length + spicy === 0) return null;
  return (
    <span className="dietary">
      {diet.map((tag) => (
        <span key={tag} className="dietary__tag">
          <span aria-hidden="true">{dietaryIcons[tag]}</span>
          {t(`menu.dietary.${tag}`)}
        </span>
      ))}
      {spicy > 0 ? (
        <span className="dietary__tag">
          <span aria-hidden="true">{dietaryIcons.spicy.repeat(spicy)}</span>
          {t("menu.spicyLevel", { level: spicy })}
        </span>
      ) : null}
      {allergens.length > 0 ? (
        <span className="dietary__allergens">
          <span className="dietary__label">{t("menu.contains")}</span>
          {allergens.map((allergen) => (
            <span key={allergen} className="dietary__allergen">
              <span aria-hidden="true">{dietaryIcons[allergen]}</span>
              {t(`menu.dietary.${allergen}`)}
            </span>
          ))}
        </span>
      ) : null}
    </span>
  );
}
