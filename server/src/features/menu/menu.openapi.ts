import {
  categoryCreateRequestSchema,
  categoryUpdateRequestSchema,
  createdSchema,
  itemCreateRequestSchema,
  itemUpdateRequestSchema,
  menuPhotoSchema,
  merchantMenuSchema,
  optionCreateRequestSchema,
  optionGroupCreateRequestSchema,
  optionGroupUpdateRequestSchema,
  optionUpdateRequestSchema,
  soldOutRequestSchema,
} from "@tabletap/shared";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { error, idPath, json, noContent, ok, staffOnly } from "../../http/openapi-parts.js";

const editors = {
  ...staffOnly,
  description: "Owners and managers (403 for staff). Diner pages get `menu:changed`.",
};
const everyone = { ...staffOnly, description: "Every role. Diner pages get `menu:changed`." };
const invalid = error("Unknown fields or invalid values (`validation_failed`)");
const negativeLine = error(
  "The change would let a dish be ordered below zero: its price plus its cheapest allowed choice of options " +
    "(discount options may be negative) must stay ≥ 0 (`negative_line_price`); nothing is changed",
);

const create = (summary: string, body: z.ZodType, missing?: string) => ({
  post: {
    ...editors,
    summary,
    ...(missing ? { requestParams: { path: idPath } } : {}),
    requestBody: json(body),
    responses: {
      "201": ok("Created", createdSchema),
      "400": invalid,
      ...(missing ? { "404": error(missing) } : {}),
      "422": negativeLine,
    },
  },
});

const change = (what: string, body: z.ZodType, extra: Record<string, unknown> = {}) => ({
  patch: {
    ...editors,
    summary: `Change a ${what}; \`position\` moves it among its siblings`,
    requestParams: { path: idPath },
    requestBody: json(body),
    responses: {
      "204": noContent("Changed"),
      "400": invalid,
      "404": error(`No such ${what} in this shop`),
      "422": negativeLine,
    },
  },
  delete: {
    ...editors,
    summary: `Delete a ${what}`,
    requestParams: { path: idPath },
    responses: {
      "204": noContent("Deleted"),
      "404": error(`No such ${what} in this shop`),
      "422": negativeLine,
      ...extra,
    },
  },
});

export const menuPaths: ZodOpenApiPathsObject = {
  "/api/merchant/menu": {
    get: {
      ...everyone,
      summary: "The whole menu for the console, hidden categories and items included",
      responses: { "200": ok("The menu", merchantMenuSchema) },
    },
  },
  "/api/merchant/menu/categories": create("Add a category (last in order)", categoryCreateRequestSchema),
  "/api/merchant/menu/categories/{id}": change("category", categoryUpdateRequestSchema, {
    "409": error("The category still has items (`category_not_empty`): move or delete them, or hide it"),
  }),
  "/api/merchant/menu/items": create("Add an item to a category (last in it)", itemCreateRequestSchema),
  "/api/merchant/menu/items/{id}": change("item", itemUpdateRequestSchema),
  "/api/merchant/menu/items/{id}/sold-out": {
    post: {
      ...everyone,
      summary: "Mark an item sold out, or back in stock; orders for a sold-out item get 409 `sold_out`",
      requestParams: { path: idPath },
      requestBody: json(soldOutRequestSchema),
      responses: { "204": noContent("Saved"), "400": invalid, "404": error("No such item in this shop") },
    },
  },
  "/api/merchant/menu/items/{id}/photo": {
    put: {
      ...editors,
      summary:
        "Upload the item's photo: the file itself as the body, up to 2 MB (JPEG, PNG, WebP, GIF, AVIF)",
      requestParams: { path: idPath },
      requestBody: {
        content: { "application/octet-stream": { schema: z.string().meta({ format: "binary" }) } },
      },
      responses: {
        "200": ok("Stored, scaled to fit 1200 px and served as WebP", menuPhotoSchema),
        "404": error("No such item in this shop"),
        "413": error("Larger than 2 MB (`payload_too_large`)"),
        "415": error("Not an image of an accepted format, whatever its name (`unsupported_media_type`)"),
      },
    },
    delete: {
      ...editors,
      summary: "Remove the item's photo",
      requestParams: { path: idPath },
      responses: { "204": noContent("Removed"), "404": error("No such item in this shop") },
    },
  },
  "/api/merchant/menu/items/{id}/option-groups": create(
    "Add an option group (e.g. Size: choose 1) to an item",
    optionGroupCreateRequestSchema,
    "No such item in this shop",
  ),
  "/api/merchant/menu/option-groups/{id}": change("option group", optionGroupUpdateRequestSchema),
  "/api/merchant/menu/option-groups/{id}/options": create(
    "Add an option with its price difference to a group",
    optionCreateRequestSchema,
    "No such option group in this shop",
  ),
  "/api/merchant/menu/options/{id}": change("option", optionUpdateRequestSchema),
  "/api/menu-photos/{file}": {
    get: {
      tags: ["diner"],
      summary: "An item photo by content hash (`<sha256>.webp`), cacheable for a year",
      requestParams: { path: z.object({ file: z.string() }) },
      responses: {
        "200": { description: "WebP image", content: { "image/webp": {} } },
        "404": error("No such photo"),
      },
    },
  },
};
