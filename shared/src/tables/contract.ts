import { z } from "zod";
import { contract } from "../http/contract.js";
import { idParams } from "../http/params.js";
import {
  merchantTableEnvelopeSchema,
  merchantTableListSchema,
  tableCreateRequestSchema,
  tableSettingsSchema,
  tableUpdateRequestSchema,
} from "../menu/tables.js";
import * as tableRoutes from "./routes.js";
import { tableTabSchema } from "./tab.js";

export const tableSchemas = {
  listTables: { response: merchantTableListSchema },
  createTable: { body: tableCreateRequestSchema, response: merchantTableEnvelopeSchema },
  updateTableSettings: { body: tableSettingsSchema, response: tableSettingsSchema },
  updateTable: { params: idParams, body: tableUpdateRequestSchema, response: merchantTableEnvelopeSchema },
  replaceTableCode: { params: idParams, response: merchantTableEnvelopeSchema },
  openTable: { params: idParams, response: merchantTableEnvelopeSchema },
  closeTable: { params: idParams, response: merchantTableEnvelopeSchema },
  getTableTab: {
    params: z.object({ token: z.string().describe("The table's QR token") }),
    response: tableTabSchema,
  },
};

export const tableContract = /* @__PURE__ */ contract(tableRoutes, tableSchemas);
