import type { DishRatings } from "@tabletap/shared";

export type DishOrder = "lowest" | "highest" | "most";

export const dishOrders: { value: DishOrder; label: string }[] = [
  { value: "lowest", label: "Lowest first" },
  { value: "highest", label: "Highest first" },
  { value: "most", label: "Most rated" },
];

/** The dishes in the order a manager asked for; ties go to the dish with more ratings, then by name. */
export function sortDishes(dishes: DishRatings[], order: DishOrder): DishRatings[] {
  const byCount = (a: DishRatings, b: DishRatings) => b.count - a.count || a.name.localeCompare(b.name);
  return [...dishes].sort((a, b) => {
    if (order === "lowest") return a.average - b.average || byCount(a, b);
    if (order === "highest") return b.average - a.average || byCount(a, b);
    return byCount(a, b);
  });
}

/** Every rating of the shop together: how many, and their mean to one decimal. */
export function overall(dishes: DishRatings[]): { count: number; average: number | undefined } {
  const count = dishes.reduce((sum, dish) => sum + dish.count, 0);
  const total = dishes.reduce(
    (sum, dish) => sum + dish.histogram.reduce((s, n, index) => s + n * (index + 1), 0),
    0,
  );
  return { count, average: count > 0 ? Math.round((total / count) * 10) / 10 : undefined };
}
