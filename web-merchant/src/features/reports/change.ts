import { addDays, type DayRange } from "@tabletap/shared";

/** How a figure moved against the previous period, for the cards: "+12%", "−3%", "new" or "—". */
export function changeLabel(
  current: number,
  previous: number,
): { text: string; trend: "up" | "down" | "flat" } {
  if (previous === 0) return current === 0 ? { text: "—", trend: "flat" } : { text: "new", trend: "up" };
  const percent = Math.round(((current - previous) / Math.abs(previous)) * 100);
  if (percent === 0) return { text: "±0%", trend: "flat" };
  return percent > 0
    ? { text: `+${percent}%`, trend: "up" }
    : { text: `−${Math.abs(percent)}%`, trend: "down" };
}

/**
 * What the figures are compared with, in words: "yesterday until 10:32" for today so far, or the previous
 * days with the time they were cut at when the range is still running.
 */
export function comparedWith(previous: DayRange & { until?: string | undefined }, today: string): string {
  const days =
    previous.from === previous.to
      ? previous.from === addDays(today, -1)
        ? "yesterday"
        : previous.from
      : `${previous.from} – ${previous.to}`;
  return previous.until ? `${days} until ${previous.until}` : days;
}
