import { z } from "zod";
import { contract } from "../http/contract.js";
import { idParams } from "../http/params.js";
import {
  categoryCreateRequestSchema,
  categoryUpdateRequestSchema,
  createdSchema,
  itemCreateRequestSchema,
  itemUpdateRequestSchema,
  menuPreviewQuerySchema,
  menuPreviewSchema,
  merchantMenuSchema,
  optionCreateRequestSchema,
  optionGroupCreateRequestSchema,
  optionGroupUpdateRequestSchema,
  optionUpdateRequestSchema,
  soldOutRequestSchema,
  translationsRequestSchema,
} from "./manage.js";
import { languageTagSchema } from "./menu-text.js";
import * as menuRoutes from "./routes.js";
import { menuPhotoSchema, tableMenuSchema } from "./schemas.js";

const tokenParams = z.object({ token: z.string().describe("The QR token of a table or counter") });

export const menuSchemas = {
  getTableMenu: {
    params: tokenParams,
    query: z.object({
      lang: languageTagSchema
        .optional()
        .describe("Read names and descriptions in this language (falling back to the shop's)"),
    }),
    response: tableMenuSchema,
  },
  getMerchantMenu: { response: merchantMenuSchema },
  previewMenu: { query: menuPreviewQuerySchema, response: menuPreviewSchema },
  setTranslations: { params: idParams, body: translationsRequestSchema },
  createCategory: { body: categoryCreateRequestSchema, response: createdSchema },
  updateCategory: { params: idParams, body: categoryUpdateRequestSchema },
  deleteCategory: { params: idParams },
  createItem: { body: itemCreateRequestSchema, response: createdSchema },
  updateItem: { params: idParams, body: itemUpdateRequestSchema },
  deleteItem: { params: idParams },
  setItemSoldOut: { params: idParams, body: soldOutRequestSchema },
  // The body is the image file itself (rawBody), so it has no JSON schema.
  uploadItemPhoto: { params: idParams, response: menuPhotoSchema },
  deleteItemPhoto: { params: idParams },
  createOptionGroup: { params: idParams, body: optionGroupCreateRequestSchema, response: createdSchema },
  updateOptionGroup: { params: idParams, body: optionGroupUpdateRequestSchema },
  deleteOptionGroup: { params: idParams },
  createOption: { params: idParams, body: optionCreateRequestSchema, response: createdSchema },
  updateOption: { params: idParams, body: optionUpdateRequestSchema },
  deleteOption: { params: idParams },
};

export const menuContract = /* @__PURE__ */ contract(menuRoutes, menuSchemas);
