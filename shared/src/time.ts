/**
 * One formatter per timezone for the given style. Building an Intl.DateTimeFormat costs far more than using
 * one, and every order reads its shop's day, so they are kept; a shop's zone is one of a few hundred.
 */
export function zonedFormatter(
  locale: string,
  options: Omit<Intl.DateTimeFormatOptions, "timeZone">,
): (timeZone: string) => Intl.DateTimeFormat {
  const byZone = new Map<string, Intl.DateTimeFormat>();
  return (timeZone) => {
    let format = byZone.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
      byZone.set(timeZone, format);
    }
    return format;
  };
}

const dayFormat = zonedFormatter("en-CA", { year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day (YYYY-MM-DD) an instant falls on in a shop's timezone: "a day" is always the shop's day. */
export function localDay(at: Date | number, timeZone: string): string {
  const parts = dayFormat(timeZone).formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}
