import {
  merchantTableEnvelopeSchema,
  merchantTableListSchema,
  tableCreateRequestSchema,
  tableSettingsSchema,
  tableUpdateRequestSchema,
} from "@tabletap/shared";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { error, idPath, json, ok, requires, staffOnly } from "../../http/openapi-parts.js";

const managers = requires("tables.manage");
const seaters = requires("tables.seat");
const noTable = error("No such table in this shop (`not_found`)");

const qrCode = (format: "PNG" | "SVG", type: string) => ({
  get: {
    ...managers,
    operationId: `getTableQr${format[0]}${format.slice(1).toLowerCase()}`,
    summary: `QR code (${format}) encoding the table's diner URL; \`?download\` for a file`,
    requestParams: { path: idPath },
    responses: { "200": { description: `${format} image`, content: { [type]: {} } }, "404": noTable },
  },
});

export const tablesPaths: ZodOpenApiPathsObject = {
  "/api/merchant/tables": {
    get: {
      ...staffOnly,
      operationId: "listTables",
      summary: "The shop's tables and counter code with their QR tokens and open sittings",
      responses: { "200": ok("Tables", merchantTableListSchema) },
    },
    post: {
      ...managers,
      operationId: "createTable",
      summary: "Add a table with a new QR code",
      requestBody: json(tableCreateRequestSchema),
      responses: {
        "201": ok("Added", merchantTableEnvelopeSchema),
        "400": error("Empty or overlong label"),
        "409": error("Another table has this label (`label_taken`)"),
      },
    },
  },
  "/api/merchant/tables/settings": {
    patch: {
      ...managers,
      operationId: "updateTableSettings",
      summary: "Whether counter-paid orders from a table that is not open wait for approval",
      requestBody: json(tableSettingsSchema),
      responses: { "200": ok("Saved", tableSettingsSchema) },
    },
  },
  "/api/merchant/tables/{id}": {
    patch: {
      ...managers,
      operationId: "updateTable",
      summary: "Rename a table, or switch it off (its code then opens nothing) or on again",
      requestParams: { path: idPath },
      requestBody: json(tableUpdateRequestSchema),
      responses: {
        "200": ok("Changed", merchantTableEnvelopeSchema),
        "404": noTable,
        "409": error("Another table has this label (`label_taken`)"),
      },
    },
  },
  "/api/merchant/tables/{id}/token": {
    post: {
      ...managers,
      operationId: "replaceTableCode",
      summary:
        "Replace the QR code: a new random token; the old code answers 404 `table_code_replaced` from then on",
      requestParams: { path: idPath },
      responses: {
        "200": ok("The table with its new token and URL", merchantTableEnvelopeSchema),
        "404": noTable,
      },
    },
  },
  "/api/merchant/tables/{id}/sitting": {
    post: {
      ...seaters,
      operationId: "openTable",
      summary: "Open the table: guests are seated, so its orders go straight to the kitchen",
      requestParams: { path: idPath },
      responses: {
        "201": ok("Opened", merchantTableEnvelopeSchema),
        "200": ok("Was open already", merchantTableEnvelopeSchema),
        "404": noTable,
        "409": error("The counter, or a table that is switched off (`sitting_not_allowed`)"),
      },
    },
    delete: {
      ...seaters,
      operationId: "closeTable",
      summary: "Close the table: the guests left and their sitting ends",
      requestParams: { path: idPath },
      responses: { "200": ok("Closed (or was not open)", merchantTableEnvelopeSchema), "404": noTable },
    },
  },
  "/api/merchant/tables/{id}/qr.png": qrCode("PNG", "image/png"),
  "/api/merchant/tables/{id}/qr.svg": qrCode("SVG", "image/svg+xml"),
};
