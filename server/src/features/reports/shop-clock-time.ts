import { zonedFormatter } from "@tabletap/shared";

const wallFormat = zonedFormatter("en-CA", {
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/**
 * An instant as the shop's clock showed it, "2026-12-01 18:32:05" (a form spreadsheets read as a date and
 * time), with the zone's offset then, "UTC+08:00" (never a leading sign a spreadsheet would take for a formula), which tells apart the two 1 o'clocks of a DST fall-back.
 */
export function shopClockTime(at: number, timeZone: string): { wall: string; offset: string } {
  const parts = wallFormat(timeZone).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "00";
  const wall = `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}:${get("second")}`;
  const minutes = Math.round((Date.parse(`${wall.replace(" ", "T")}Z`) - (at - (at % 1000))) / 60_000);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const offset = `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  return { wall, offset };
}
