import { zonedFormatter } from "./zoned-formatter.js";

/**
 * Days, coupon windows, report cuts and exported times are read on the shop's wall clock, in its timezone,
 * whatever the timezone of the server or the phone. Every conversion between an instant and the shop's
 * clock goes through this one reading, so daylight-saving changes land the same way everywhere.
 */
const dayFields = { year: "numeric", month: "2-digit", day: "2-digit" } as const;
// The day alone is read with its own, cheaper formatter: every order reads its shop's day.
const dayFormat = zonedFormatter("en-CA", dayFields);
const clockFormat = zonedFormatter("en-CA", {
  ...dayFields,
  hourCycle: "h23",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** The fields of an instant as a zone's clock shows it. */
function partsOf(format: Intl.DateTimeFormat, at: Date | number): (type: string) => string {
  const parts = format.formatToParts(at);
  return (type) => parts.find((part) => part.type === type)?.value ?? "00";
}

/** What the shop's clock shows at an instant, written as if it were a UTC instant (whole seconds). */
function wallClock(at: number, timeZone: string): number {
  const get = partsOf(clockFormat(timeZone), at);
  const field = (type: string) => Number(get(type));
  return Date.UTC(
    field("year"),
    field("month") - 1,
    field("day"),
    field("hour"),
    field("minute"),
    field("second"),
  );
}

/** The shop's clock at an instant as "YYYY-MM-DDTHH:mm:ss". */
const wallText = (at: number, timeZone: string): string =>
  new Date(wallClock(at, timeZone)).toISOString().slice(0, 19);

/** The zone's offset from UTC (ms) at an instant. */
function offsetAt(at: number, timeZone: string): number {
  return wallClock(at, timeZone) - Math.floor(at / 1000) * 1000;
}

/**
 * The instant at which the shop's clock shows a wall time (given as if it were a UTC instant). Found by
 * correcting a UTC guess with the zone's offset twice, which settles across DST changes. A time that a
 * spring-forward skips does not exist: it comes out shifted by the gap, later east of UTC and earlier west.
 */
function instantOfWall(wall: number, timeZone: string): number {
  let instant = wall;
  for (let i = 0; i < 2; i += 1) instant = wall - offsetAt(instant, timeZone);
  return instant;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a shop's timezone: "a day" is always the shop's day. */
export function localDay(at: Date | number, timeZone: string): string {
  const get = partsOf(dayFormat(timeZone), at);
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/**
 * The shop-local wall time of an instant, as "YYYY-MM-DDTHH:mm": the form coupon windows are entered and
 * shown in, so "valid until 6 pm" means 6 pm at the shop.
 */
export const toShopTime = (at: number, timeZone: string): string => wallText(at, timeZone).slice(0, 16);

/** The instant a shop-local wall time "YYYY-MM-DDTHH:mm" names. */
export const fromShopTime = (wall: string, timeZone: string): number =>
  instantOfWall(Date.parse(`${wall}:00Z`), timeZone);

/** The instant a shop's clock shows `minutes` after midnight on `day`. */
export const localInstant = (day: string, minutes: number, timeZone: string): number =>
  instantOfWall(Date.parse(`${day}T00:00:00Z`) + minutes * 60_000, timeZone);

/**
 * An instant as the shop's clock showed it, "2026-12-01 18:32:05" (a form spreadsheets read as a date and
 * time), with the zone's offset then, "UTC+08:00" (never a leading sign a spreadsheet would take for a
 * formula), which tells apart the two 1 o'clocks of a DST fall-back.
 */
export function shopClockTime(at: number, timeZone: string): { wall: string; offset: string } {
  const minutes = Math.round(offsetAt(at, timeZone) / 60_000);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const offset = `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  return { wall: wallText(at, timeZone).replace("T", " "), offset };
}
