/**
 * Text a person typed: no control characters (tabs and newlines only where `allow` names them), no lone
 * UTF-16 surrogates (not text at all; the database would silently store U+FFFD instead) and no bidi
 * overrides or isolates, which make a kitchen ticket read differently from what it holds ("Trojan Source").
 * Zero-width joiners stay allowed: emoji sequences need them.
 */
export const plainText = (allow: "" | "\\n" | "\\t\\n" = ""): RegExp =>
  new RegExp(`^(?:[${allow}]|[^\\p{Cc}\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069])*$`, "u");
