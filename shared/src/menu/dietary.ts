/**
 * The 14 allergens EU law asks food businesses to declare (Regulation 1169/2011, Annex II). Stated once on
 * the item by the shop, never inferred from its name or options.
 */
export const allergens = [
  "gluten",
  "crustaceans",
  "eggs",
  "fish",
  "peanuts",
  "soybeans",
  "milk",
  "nuts",
  "celery",
  "mustard",
  "sesame",
  "sulphites",
  "lupin",
  "molluscs",
] as const;
export type Allergen = (typeof allergens)[number];

/** What a dish is, as opposed to what it contains. */
export const dietTags = ["vegetarian", "vegan", "halal"] as const;
export type DietTag = (typeof dietTags)[number];

/** 0 = not spicy, 3 = very. */
export const MAX_SPICY = 3;
