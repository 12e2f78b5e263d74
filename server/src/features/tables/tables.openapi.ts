import { tableContract } from "@tabletap/shared";
import { documented, error, idPath, ok, paths, requires, staffOnly } from "../../http/openapi-parts.js";

const managers = requires("tables.manage");
const seaters = requires("tables.seat");
const noTable = error("No such table in this shop (`not_found`)");
const labelTaken = error("Another table has this label (`label_taken`)");

// Images rather than JSON, so not part of the clients' contract: the console links to them.
const qrCode = (format: "PNG" | "SVG", type: string) => ({
  get: {
    ...managers,
    operationId: `getTableQr${format[0]}${format.slice(1).toLowerCase()}`,
    summary: `QR code (${format}) encoding the table's diner URL; \`?download\` for a file`,
    requestParams: { path: idPath },
    responses: { "200": { description: `${format} image`, content: { [type]: {} } }, "404": noTable },
  },
});

export const tablesPaths = paths(
  documented(tableContract.listTables, {
    ...staffOnly,
    summary: "The shop's tables and counter code with their QR tokens and open sittings",
    success: "Tables",
  }),
  documented(tableContract.createTable, {
    ...managers,
    summary: "Add a table with a new QR code",
    success: "Added",
    responses: { "400": error("Empty or overlong label"), "409": labelTaken },
  }),
  documented(tableContract.updateTableSettings, {
    ...managers,
    summary: "Whether counter-paid orders from a table that is not open wait for approval",
    success: "Saved",
  }),
  documented(tableContract.updateTable, {
    ...managers,
    summary: "Rename a table, or switch it off (its code then opens nothing) or on again",
    success: "Changed",
    responses: { "404": noTable, "409": labelTaken },
  }),
  documented(tableContract.replaceTableCode, {
    ...managers,
    summary:
      "Replace the QR code: a new random token; the old code answers 404 `table_code_replaced` from then on",
    success: "The table with its new token and URL",
    responses: { "404": noTable },
  }),
  documented(tableContract.openTable, {
    ...seaters,
    summary: "Open the table: guests are seated, so its orders go straight to the kitchen",
    success: "Opened",
    responses: {
      "200": ok("Was open already", tableContract.openTable.response),
      "404": noTable,
      "409": error("The counter, or a table that is switched off (`sitting_not_allowed`)"),
    },
  }),
  documented(tableContract.closeTable, {
    ...seaters,
    summary: "Close the table: the guests left and their sitting ends",
    success: "Closed (or was not open)",
    responses: { "404": noTable },
  }),
  {
    "/api/merchant/tables/{id}/qr.png": qrCode("PNG", "image/png"),
    "/api/merchant/tables/{id}/qr.svg": qrCode("SVG", "image/svg+xml"),
  },
);
