import { type DayRange, fromShopTime, localDay, toShopTime } from "@tabletap/shared";

/** Where the previous period stops when the range is still running: the same shop-local time of day. */
export interface PartDayCut {
  /** The previous period's last day, counted only up to `before`. */
  day: string;
  /** Orders created before this instant count. */
  before: number;
  /** The shop-local time of day of the cut, "HH:mm". */
  time: string;
}

/**
 * A range ending today holds only part of today, so comparing it with whole earlier days reads as a fall
 * every morning. Its previous period is cut at the same shop-local time on its own last day: today until
 * 10:32 against yesterday until 10:32, the last 7 days until now against the 7 before until 10:32.
 */
export function partDayCut(
  range: DayRange,
  previous: DayRange,
  shop: { timeZone: string; now: number },
): PartDayCut | undefined {
  if (range.to !== localDay(shop.now, shop.timeZone)) return undefined;
  const time = toShopTime(shop.now, shop.timeZone).slice(11);
  // Zone offsets are whole minutes, so the seconds carry over unchanged.
  const before = fromShopTime(`${previous.to}T${time}`, shop.timeZone) + (shop.now % 60_000);
  return { day: previous.to, before, time };
}
