import { menuContract, type Operation } from "@tabletap/shared";
import { z } from "zod";
import { documented, error, paths, requires } from "../../http/openapi-parts.js";

const editors = { ...requires("menu.edit"), description: "Diner pages get `menu:changed`." };
const everyone = { ...requires("menu.soldOut"), description: "Every role. Diner pages get `menu:changed`." };
const invalid = error("Unknown fields or invalid values (`validation_failed`)");
const negativeLine = error(
  "The change would let a dish be ordered below zero: its price plus its cheapest allowed choice of options " +
    "(discount options may be negative) must stay ≥ 0 (`negative_line_price`); nothing is changed",
);

/** `missing`: the parent (in the path or the body) that may not exist in this shop. */
const create = (operation: Operation, summary: string, missing?: string) =>
  documented(operation, {
    ...editors,
    summary,
    success: "Created",
    responses: { "400": invalid, ...(missing ? { "404": error(missing) } : {}), "422": negativeLine },
  });

const notFound = (what: string) => error(`No such ${what} in this shop (\`not_found\`)`);

const change = (what: string, update: Operation, remove: Operation, extra: Record<string, unknown> = {}) =>
  paths(
    documented(update, {
      ...editors,
      summary: `Change a ${what}; \`position\` moves it among its siblings`,
      success: "Changed",
      responses: { "400": invalid, "404": notFound(what), "422": negativeLine },
    }),
    documented(remove, {
      ...editors,
      summary: `Delete a ${what}`,
      success: "Deleted",
      responses: { "404": notFound(what), "422": negativeLine, ...extra },
    }),
  );

export const menuPaths = paths(
  documented(menuContract.getTableMenu, {
    tags: ["diner"],
    summary: "Shop, table and menu for the diner page",
    description:
      "Names and descriptions in `?lang=` (else the shop's locale), each falling back to the shop's language " +
      "and then any it is written in; `lang` says which. Read at the time of the request on the shop's clock: " +
      "a dish outside its hours that opens later today has `availableFrom`, one closed for the rest of the day " +
      "is left out. `translations` and `hours` let the page read it again in another language or later.",
    success: "The menu",
    responses: {
      "400": error("`lang` is not a language tag (`validation_failed`)"),
      "404": error(
        "Unknown or inactive QR token (`table_not_found`), or a code staff replaced (`table_code_replaced`)",
      ),
    },
  }),
  documented(menuContract.getMerchantMenu, {
    ...everyone,
    summary: "The whole menu for the console, hidden categories and items included",
    success: "The menu",
  }),
  documented(menuContract.previewMenu, {
    ...requires("menu.soldOut"),
    description: "Every role. Hours are read at `at` on the shop's clock, names in `lang`.",
    summary: "The diners' menu as it would read at a chosen time",
    success: "The menu diners would see",
    responses: { "400": invalid },
  }),
  documented(menuContract.setTranslations, {
    ...editors,
    summary: "Write a menu text (shop, category, item, option group or option) in other languages",
    success: "Written",
    responses: {
      "400": error(
        "Invalid language tag or text, or the shop's own language, which is the name itself (`validation_failed`)",
      ),
      "404": error("No shop, category, item, option group or option with this id (`not_found`)"),
    },
  }),
  create(menuContract.createCategory, "Add a category (last in order)"),
  change("category", menuContract.updateCategory, menuContract.deleteCategory, {
    "409": error("The category still has items (`category_not_empty`): move or delete them, or hide it"),
  }),
  create(
    menuContract.createItem,
    "Add an item to a category (last in it)",
    "No such category in this shop, `categoryId` in the body (`not_found`)",
  ),
  change("item", menuContract.updateItem, menuContract.deleteItem),
  documented(menuContract.setItemSoldOut, {
    ...everyone,
    summary: "Mark an item sold out, or back in stock; orders for a sold-out item get 409 `sold_out`",
    success: "Saved",
    responses: { "400": invalid, "404": notFound("item") },
  }),
  documented(menuContract.uploadItemPhoto, {
    ...editors,
    summary: "Upload the item's photo: the file itself as the body, up to 2 MB (JPEG, PNG, WebP, GIF, AVIF)",
    // The image itself is the body, read raw: the contract has no JSON schema for it.
    requestBody: {
      content: { "application/octet-stream": { schema: z.string().meta({ format: "binary" }) } },
    },
    success: "Stored, scaled to fit 1200 px and served as WebP",
    responses: {
      "400": error("No body (`bad_request`)"),
      "404": notFound("item"),
      "413": error("Larger than 2 MB (`payload_too_large`)"),
      "415": error("Not an image of an accepted format, whatever its name (`unsupported_media_type`)"),
    },
  }),
  documented(menuContract.deleteItemPhoto, {
    ...editors,
    summary: "Remove the item's photo",
    success: "Removed",
    responses: { "404": notFound("item") },
  }),
  create(
    menuContract.createOptionGroup,
    "Add an option group (e.g. Size: choose 1) to an item",
    "No such item `{id}` in this shop (`not_found`)",
  ),
  change("option group", menuContract.updateOptionGroup, menuContract.deleteOptionGroup),
  create(
    menuContract.createOption,
    "Add an option with its price difference to a group",
    "No such option group `{id}` in this shop (`not_found`)",
  ),
  change("option", menuContract.updateOption, menuContract.deleteOption),
  {
    // Served as image bytes, not JSON: the browser loads it from an <img>.
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
  },
);
