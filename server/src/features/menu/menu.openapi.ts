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
import { error, idPath, json, noContent, ok, requires } from "../../http/openapi-parts.js";

const editors = { ...requires("menu.edit"), description: "Diner pages get `menu:changed`." };
const everyone = { ...requires("menu.soldOut"), description: "Every role. Diner pages get `menu:changed`." };
const invalid = error("Unknown fields or invalid values (`validation_failed`)");
const negativeLine = error(
  "The change would let a dish be ordered below zero: its price plus its cheapest allowed choice of options " +
    "(discount options may be negative) must stay ≥ 0 (`negative_line_price`); nothing is changed",
);

/** `missing`: the parent (in the path or the body) that may not exist in this shop. */
const create = (operationId: string, summary: string, body: z.ZodType, missing?: string) => ({
  post: {
    ...editors,
    operationId,
    summary,
    ...(missing?.includes("{id}") ? { requestParams: { path: idPath } } : {}),
    requestBody: json(body),
    responses: {
      "201": ok("Created", createdSchema),
      "400": invalid,
      ...(missing ? { "404": error(missing) } : {}),
      "422": negativeLine,
    },
  },
});

const change = (what: string, name: string, body: z.ZodType, extra: Record<string, unknown> = {}) => ({
  patch: {
    ...editors,
    operationId: `update${name}`,
    summary: `Change a ${what}; \`position\` moves it among its siblings`,
    requestParams: { path: idPath },
    requestBody: json(body),
    responses: {
      "204": noContent("Changed"),
      "400": invalid,
      "404": error(`No such ${what} in this shop (\`not_found\`)`),
      "422": negativeLine,
    },
  },
  delete: {
    ...editors,
    operationId: `delete${name}`,
    summary: `Delete a ${what}`,
    requestParams: { path: idPath },
    responses: {
      "204": noContent("Deleted"),
      "404": error(`No such ${what} in this shop (\`not_found\`)`),
      "422": negativeLine,
      ...extra,
    },
  },
});

export const menuPaths: ZodOpenApiPathsObject = {
  "/api/merchant/menu": {
    get: {
      ...everyone,
      operationId: "getMerchantMenu",
      summary: "The whole menu for the console, hidden categories and items included",
      responses: { "200": ok("The menu", merchantMenuSchema) },
    },
  },
  "/api/merchant/menu/categories": create(
    "createCategory",
    "Add a category (last in order)",
    categoryCreateRequestSchema,
  ),
  "/api/merchant/menu/categories/{id}": change("category", "Category", categoryUpdateRequestSchema, {
    "409": error("The category still has items (`category_not_empty`): move or delete them, or hide it"),
  }),
  "/api/merchant/menu/items": create(
    "createItem",
    "Add an item to a category (last in it)",
    itemCreateRequestSchema,
    "No such category in this shop, `categoryId` in the body (`not_found`)",
  ),
  "/api/merchant/menu/items/{id}": change("item", "Item", itemUpdateRequestSchema),
  "/api/merchant/menu/items/{id}/sold-out": {
    post: {
      ...everyone,
      operationId: "setItemSoldOut",
      summary: "Mark an item sold out, or back in stock; orders for a sold-out item get 409 `sold_out`",
      requestParams: { path: idPath },
      requestBody: json(soldOutRequestSchema),
      responses: {
        "204": noContent("Saved"),
        "400": invalid,
        "404": error("No such item in this shop (`not_found`)"),
      },
    },
  },
  "/api/merchant/menu/items/{id}/photo": {
    put: {
      ...editors,
      operationId: "uploadItemPhoto",
      summary:
        "Upload the item's photo: the file itself as the body, up to 2 MB (JPEG, PNG, WebP, GIF, AVIF)",
      requestParams: { path: idPath },
      requestBody: {
        content: { "application/octet-stream": { schema: z.string().meta({ format: "binary" }) } },
      },
      responses: {
        "200": ok("Stored, scaled to fit 1200 px and served as WebP", menuPhotoSchema),
        "400": error("No body (`bad_request`)"),
        "404": error("No such item in this shop (`not_found`)"),
        "413": error("Larger than 2 MB (`payload_too_large`)"),
        "415": error("Not an image of an accepted format, whatever its name (`unsupported_media_type`)"),
      },
    },
    delete: {
      ...editors,
      operationId: "deleteItemPhoto",
      summary: "Remove the item's photo",
      requestParams: { path: idPath },
      responses: { "204": noContent("Removed"), "404": error("No such item in this shop (`not_found`)") },
    },
  },
  "/api/merchant/menu/items/{id}/option-groups": create(
    "createOptionGroup",
    "Add an option group (e.g. Size: choose 1) to an item",
    optionGroupCreateRequestSchema,
    "No such item `{id}` in this shop (`not_found`)",
  ),
  "/api/merchant/menu/option-groups/{id}": change(
    "option group",
    "OptionGroup",
    optionGroupUpdateRequestSchema,
  ),
  "/api/merchant/menu/option-groups/{id}/options": create(
    "createOption",
    "Add an option with its price difference to a group",
    optionCreateRequestSchema,
    "No such option group `{id}` in this shop (`not_found`)",
  ),
  "/api/merchant/menu/options/{id}": change("option", "Option", optionUpdateRequestSchema),
  "/api/menu-photos/{file}": {
    get: {
      operationId: "getMenuPhoto",
      tags: ["diner"],
      summary: "An item photo by content hash (`<sha256>.webp`), cacheable for a year",
      requestParams: { path: z.object({ file: z.string() }) },
      responses: {
        "200": { description: "WebP image", content: { "image/webp": {} } },
        "304": { description: "`If-None-Match` named this photo's ETag: the browser holds these bytes" },
        "404": error("No such photo (`not_found`)"),
      },
    },
  },
};
