import { toShopTime } from "../time/shop-clock.js";
import type { Hours } from "./hours.js";

// The hours rule without zod, so the diner's phone reads its menu's hours without loading the schemas.

/**
 * Whether something can be ordered at an instant: open, closed until a later time today ("from 17:00"), or
 * closed for the rest of the shop's day.
 */
export type Availability = { open: true } | { open: false; from: string | null };

/** The shop's day of the week (0 = Sunday) and clock time "HH:MM" at an instant. */
export function shopWeekTime(at: number, timeZone: string): { day: number; time: string } {
  const wall = toShopTime(at, timeZone);
  return { day: new Date(`${wall.slice(0, 10)}T00:00:00Z`).getUTCDay(), time: wall.slice(11, 16) };
}

export function availabilityAt(hours: Hours | undefined, at: number, timeZone: string): Availability {
  if (!hours || hours.length === 0) return { open: true };
  const { day, time } = shopWeekTime(at, timeZone);
  const today = hours.filter((window) => window.days.includes(day));
  if (today.some((window) => window.from <= time && time < window.until)) return { open: true };
  const later = today
    .map((window) => window.from)
    .filter((from) => from > time)
    .sort();
  return { open: false, from: later[0] ?? null };
}

/** An item is orderable only when both it and its category are: the later opening wins, a closed day wins. */
export function bothAvailable(a: Availability, b: Availability): Availability {
  if (a.open) return b;
  if (b.open) return a;
  if (a.from === null || b.from === null) return { open: false, from: null };
  // "HH:MM" sorts as the clock does.
  return { open: false, from: [a.from, b.from].sort()[1] ?? a.from };
}
