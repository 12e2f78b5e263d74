import { toShopTime } from "@tabletap/shared";

/** Orders are grouped in SQL by quarter hour of UTC time; every zone's offset is a multiple of 15 minutes. */
export const BUCKET_MS = 15 * 60_000;

/**
 * The shop-local hour (0–23) a quarter-hour bucket falls in, read on the shop's clock so daylight-saving
 * changes land where the shop's clock put them, whatever timezone the server runs in.
 */
export function localHourOf(timeZone: string): (bucket: number) => number {
  const cache = new Map<number, number>();
  return (bucket) => {
    let hour = cache.get(bucket);
    if (hour === undefined) {
      hour = Number(toShopTime(bucket * BUCKET_MS, timeZone).slice(11, 13));
      cache.set(bucket, hour);
    }
    return hour;
  };
}
