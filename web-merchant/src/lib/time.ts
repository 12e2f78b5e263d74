/** "0:42", "12:05", then "1 h 05" — a kitchen reads minutes:seconds at a glance. */
export function formatElapsed(ms: number): string {
  // A tablet clock a little behind the server's must not show negative ages.
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  if (minutes >= 60) return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")}`;
  return `${minutes}:${String(totalSeconds % 60).padStart(2, "0")}`;
}

/** "14:05" in the shop's timezone and locale. */
export function formatClockTime(iso: string, locale: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone }).format(
      new Date(iso),
    );
  } catch {
    return new Date(iso).toLocaleTimeString();
  }
}
