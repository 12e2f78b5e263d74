import type { Allergen, DietTag } from "./dietary.js";

// Apart from the codes, which the zod schemas use: a phone draws the pictures without loading the schemas.

/** A picture for each allergen, shown next to its words (never alone: a picture is not a declaration). */
const allergenIcons: Record<Allergen, string> = {
  gluten: "🌾",
  crustaceans: "🦐",
  eggs: "🥚",
  fish: "🐟",
  peanuts: "🥜",
  soybeans: "🫘",
  milk: "🥛",
  nuts: "🌰",
  celery: "🥬",
  mustard: "🟡",
  sesame: "⚪",
  sulphites: "🍷",
  lupin: "🌼",
  molluscs: "🦪",
};

export const dietaryIcons: Record<Allergen | DietTag | "spicy", string> = {
  ...allergenIcons,
  vegetarian: "🥗",
  vegan: "🌱",
  halal: "☪",
  spicy: "🌶",
};

/** Every allergen, in the vocabulary's order, for the diner's filter. */
export const allergenCodes = Object.keys(allergenIcons) as Allergen[];
