import { currentLanguage } from "../features/language/i18n";

/**
 * Dates and times in the diner's language but on the shop's clock: an English phone reads "Dec 2, 2026"
 * and a Chinese one "2026年12月2日" for the same order, both in the shop's time zone. (Money is the
 * opposite on purpose: always the shop's locale, see money.tsx.) Call at render time so a language
 * switch re-formats.
 */
export function shopTimeFormat(
  timeZone: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(currentLanguage(), timeZone ? { ...options, timeZone } : options);
}
