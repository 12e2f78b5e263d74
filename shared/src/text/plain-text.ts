/**
 * Text a person typed: no control characters (tabs and newlines only where `allow` names them), no lone
 * UTF-16 surrogates (not text at all; the database would silently store U+FFFD instead) and no bidi
 * overrides or isolates, which make a kitchen ticket read differently from what it holds ("Trojan Source").
 * One-line text (`allow` empty: names, labels, nicknames) also refuses the line and paragraph separators
 * U+2028/U+2029, which break a line where no newline is allowed, and the invisible bidi marks (LRM, RLM,
 * ALM), which let two names that look the same differ.
 * Zero-width joiners stay allowed: emoji sequences need them.
 */
export const plainText = (allow: "" | "\\n" | "\\t\\n" = ""): RegExp => {
  const oneLineOnly = allow === "" ? "\\u2028\\u2029\\u200E\\u200F\\u061C" : "";
  return new RegExp(`^(?:[${allow}]|[^\\p{Cc}\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069${oneLineOnly}])*$`, "u");
};
