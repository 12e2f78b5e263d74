import {
  merchantTableEnvelopeSchema,
  merchantTableListSchema,
  tableCreateRequestSchema,
  tableSettingsSchema,
  tableUpdateRequestSchema,
} from "@tabletap/shared";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { error, idPath, json, ok, staffOnly } from "../../http/openapi-parts.js";

const managers = { ...staffOnly, description: "Owners and managers (403 for staff)." };
const noTable = error("No such table in this shop");

const qrCode = (format: "PNG" | "SVG", type: string) => ({
  get: {
    ...managers,
    summary: `QR code (${format}) encoding the table's diner URL; \`?download\` for a file`,
    requestParams: { path: idPath },
    responses: { "200": { description: `${format} image`, content: { [type]: {} } }, "404": noTable },
  },
});

export const tablesPaths: ZodOpenApiPathsObject = {
  "/api/merchant/tables": {
    get: {
      ...staffOnly,
      summary: "The shop's tables and counter code with their QR tokens and open sittings",
      responses: { "200": ok("Tables", merchantTableListSchema) },
    },
    post: {
      ...managers,
      summary: "Add a table with a new QR code",
      requestBody: json(tableCreateRequestSchema),
      responses: {
        "201": ok("Added", merchantTableEnvelopeSchema),
        "400": error("Empty or overlong label"),
        "409": error("Another table has this label"),
      },
    },
  },
  "/api/merchant/tables/settings": {
    patch: {
      ...managers,
      summary: "Whether counter-paid orders from a table that is not open wait for approval",
      requestBody: json(tableSettingsSchema),
      responses: { "200": ok("Saved", tableSettingsSchema) },
    },
  },
  "/api/merchant/tables/{id}": {
    patch: {
      ...managers,
      summary: "Rename a table, or switch it off (its code then opens nothing) or on again",
      requestParams: { path: idPath },
      requestBody: json(tableUpdateRequestSchema),
      responses: {
        "200": ok("Changed", merchantTableEnvelopeSchema),
        "404": noTable,
        "409": error("Another table has this label"),
      },
    },
  },
  "/api/merchant/tables/{id}/token": {
    post: {
      ...managers,
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
      ...staffOnly,
      summary: "Open the table: guests are seated, so its orders go straight to the kitchen",
      requestParams: { path: idPath },
      responses: {
        "201": ok("Opened", merchantTableEnvelopeSchema),
        "200": ok("Was open already", merchantTableEnvelopeSchema),
        "404": noTable,
        "409": error("The counter, or a table that is switched off"),
      },
    },
    delete: {
      ...staffOnly,
      summary: "Close the table: the guests left and their sitting ends",
      requestParams: { path: idPath },
      responses: { "200": ok("Closed (or was not open)", merchantTableEnvelopeSchema), "404": noTable },
    },
  },
  "/api/merchant/tables/{id}/qr.png": qrCode("PNG", "image/png"),
  "/api/merchant/tables/{id}/qr.svg": qrCode("SVG", "image/svg+xml"),
};
