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
