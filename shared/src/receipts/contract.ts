import { z } from "zod";
import { contract } from "../http/contract.js";
import { idParams } from "../http/params.js";
import * as receiptRoutes from "./routes.js";
import { emailReceiptRequestSchema, receiptLinkSchema, receiptSchema } from "./schemas.js";

export const receiptSchemas = {
  createReceiptLink: { params: idParams, response: receiptLinkSchema },
  emailReceipt: {
    params: idParams,
    body: emailReceiptRequestSchema,
    response: z.object({ queued: z.literal(true) }),
  },
  getReceipt: {
    params: z.object({ token: z.string().describe("From the receipt link `/r/<token>`") }),
    response: receiptSchema,
  },
};

export const receiptContract = /* @__PURE__ */ contract(receiptRoutes, receiptSchemas);
