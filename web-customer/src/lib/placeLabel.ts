import type { PublicTable } from "@tabletap/shared";
import { text } from "./text";

/** "Table T3" at a table, "Takeaway · Counter" for the counter QR: used by the menu, cart and order pages. */
export const placeLabel = (table: PublicTable): string =>
  table.kind === "counter" ? text.menu.counterLabel(table.label) : text.menu.tableLabel(table.label);
