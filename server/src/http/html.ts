/** Text or an attribute value as HTML: every character that could open markup or end a quoted value. */
export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/**
 * A value as JSON inside a <script type="application/json"> element. `<` is escaped so no string (a dish
 * called "</script><script>…") can end the element; JSON.parse reads `\u003c` back as `<`.
 */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value)
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
