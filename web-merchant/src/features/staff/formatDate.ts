/** A short date in the console's language, e.g. "5 Dec". */
export const formatDate = (iso: string): string =>
  new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" }).format(new Date(iso));
