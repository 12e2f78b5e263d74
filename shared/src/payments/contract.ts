import { contract } from "../http/contract.js";
import { idParams } from "../http/params.js";
import { orderEnvelopeSchema } from "../orders/contract.js";
import * as paymentRoutes from "./routes.js";
import { checkoutRequestSchema, checkoutResponseSchema, markPaidRequestSchema } from "./schemas.js";

export const paymentSchemas = {
  /** The body is optional: without one the server keeps the tip chosen when the checkout first opened. */
  startCheckout: {
    params: idParams,
    body: checkoutRequestSchema.optional(),
    response: checkoutResponseSchema,
  },
  markOrderPaid: { params: idParams, body: markPaidRequestSchema, response: orderEnvelopeSchema },
};

export const paymentContract = /* @__PURE__ */ contract(paymentRoutes, paymentSchemas);
