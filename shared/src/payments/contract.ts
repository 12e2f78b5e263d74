import { z } from "zod";
import { contract } from "../http/contract.js";
import { idParams } from "../http/params.js";
import { orderEnvelopeSchema } from "../orders/contract.js";
import * as paymentRoutes from "./routes.js";
import { checkoutRequestSchema, checkoutResponseSchema, markPaidRequestSchema } from "./schemas.js";
import {
  cancelTabPartRequestSchema,
  closeTabRequestSchema,
  counterTabPartRequestSchema,
  openedTabPartSchema,
  tabBillSchema,
  tabPartEnvelopeSchema,
  tabPartRequestSchema,
  tabSummaryListSchema,
} from "./tab-bill.js";

const tableToken = z.object({ token: z.string().describe("The table's QR token") });

export const paymentSchemas = {
  /** The body is optional: without one the server keeps the tip chosen when the checkout first opened. */
  startCheckout: {
    params: idParams,
    body: checkoutRequestSchema.optional(),
    response: checkoutResponseSchema,
  },
  markOrderPaid: { params: idParams, body: markPaidRequestSchema, response: orderEnvelopeSchema },
  getTabBill: { params: tableToken, response: tabBillSchema },
  openTabPart: { params: tableToken, body: tabPartRequestSchema, response: openedTabPartSchema },
  cancelTabPart: {
    params: tableToken.extend({ id: z.string() }),
    body: cancelTabPartRequestSchema,
    response: tabPartEnvelopeSchema,
  },
  getTableBill: { params: idParams, response: tabBillSchema },
  listTabBills: { response: tabSummaryListSchema },
  takeCounterTabPart: {
    params: idParams,
    body: counterTabPartRequestSchema,
    response: tabPartEnvelopeSchema,
  },
  closeTabByHand: { params: idParams, body: closeTabRequestSchema, response: tabBillSchema },
};

export const paymentContract = /* @__PURE__ */ contract(paymentRoutes, paymentSchemas);
