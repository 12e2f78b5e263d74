import { zonedFormatter } from "../time.js";

/**
 * Coupon windows are entered as wall-clock times in the shop's timezone ("2026-12-24T18:00") and stored
 * as UTC instants, so "valid until 6 pm" means 6 pm at the shop whatever the server's own timezone.
 */

const wallFormat = zonedFormatter("en-CA", {
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** The shop-local wall time of an instant, as "YYYY-MM-DDTHH:mm". */
export function toShopTime(at: number, timeZone: string): string {
  const parts = wallFormat(timeZone).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "00";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}

/**
 * The instant a shop-local wall time names. Found by correcting a UTC guess with the zone's offset twice,
 * which settles across DST changes; a time skipped by a spring-forward lands just after the gap.
 */
export function fromShopTime(wall: string, timeZone: string): number {
  const asUtc = Date.parse(`${wall}:00Z`);
  let instant = asUtc;
  for (let i = 0; i < 2; i += 1) instant = asUtc - offsetAt(instant, timeZone);
  return instant;
}

/** The zone's offset from UTC (ms) at an instant. */
function offsetAt(at: number, timeZone: string): number {
  const wall = Date.parse(`${toShopTime(at, timeZone)}:00Z`);
  return wall - (at - (at % 60_000));
}
