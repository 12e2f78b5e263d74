import { tableContract } from "@tabletap/shared";
import { documented, error } from "../../http/openapi-parts.js";

export const tabPaths = documented(tableContract.getTableTab, {
  tags: ["diner"],
  summary: "The table's open tab: every round ordered during its current sitting, with status and total",
  description:
    "Diners at the table (the QR token is the credential). A table's first order opens the tab in a shop " +
    "that does not ask staff to approve orders; otherwise staff open it. It ends when staff close the " +
    "table. Live: sockets of the table hear `tab:changed`.",
  success: "The tab (`open: false` with no rounds when none is open)",
  responses: {
    "404": error(
      "Unknown or inactive table code, or a counter code (takeaway has no tab) (`table_not_found`)",
    ),
  },
});
