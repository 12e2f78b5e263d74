/** Calendar arithmetic on shop days ("YYYY-MM-DD"), done in UTC so the machine's own timezone never matters. */
const DAY_MS = 86_400_000;

const toUtc = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const isCalendarDay = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && fromUtc(toUtc(value)) === value;

export const addDays = (day: string, days: number): string => fromUtc(toUtc(day) + days * DAY_MS);

/** Days from `from` to `to`, both included. */
export const daySpan = (from: string, to: string): number =>
  Math.round((toUtc(to) - toUtc(from)) / DAY_MS) + 1;

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  return Array.from({ length: Math.max(0, daySpan(from, to)) }, (_, i) => addDays(from, i));
}

export interface DayRange {
  from: string;
  to: string;
}

/** The same number of days just before the range: what a report compares itself with. */
export function previousPeriod(range: DayRange): DayRange {
  const span = daySpan(range.from, range.to);
  return { from: addDays(range.from, -span), to: addDays(range.from, -1) };
}

export const rangePresets = ["today", "yesterday", "last7", "last30"] as const;
export type RangePreset = (typeof rangePresets)[number];

/** A preset range ending on the shop's `today` (last 7/30 days include today). */
export function presetRange(preset: RangePreset, today: string): DayRange {
  switch (preset) {
    case "today":
      return { from: today, to: today };
    case "yesterday":
      return { from: addDays(today, -1), to: addDays(today, -1) };
    case "last7":
      return { from: addDays(today, -6), to: today };
    case "last30":
      return { from: addDays(today, -29), to: today };
  }
}
