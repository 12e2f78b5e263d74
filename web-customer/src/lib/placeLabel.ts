import type { PublicTable } from "@tabletap/shared";
import { t } from "../features/language/i18n";

/** "Table T3" at a table, "Takeaway · Counter" for the counter QR: used by the menu, cart and order pages. */
export const placeLabel = (table: PublicTable): string =>
  table.kind === "counter"
    ? t("menu.counterLabel", { label: table.label })
    : t("menu.tableLabel", { label: table.label });
