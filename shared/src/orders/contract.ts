import { z } from "zod";
import { contract } from "../http/contract.js";
import { idempotencyHeaders, idParams } from "../http/params.js";
import { boardSettingsSchema, orderHistorySchema, staffOrderRequestSchema } from "./board.js";
import * as orderRoutes from "./routes.js";
import {
  createOrderRequestSchema,
  createOrderResponseSchema,
  orderListSchema,
  orderSchema,
  setStatusRequestSchema,
} from "./schemas.js";
import { waitResponseSchema } from "./wait.js";

/** How staff changes and a diner's reads answer one order. */
export const orderEnvelopeSchema = z.object({ order: orderSchema });
export type OrderEnvelope = z.infer<typeof orderEnvelopeSchema>;

const listOrdersQuery = z.object({
  sinceSeq: z
    .int()
    .min(0)
    .optional()
    .meta({ description: "The highest `seq` the board holds; each later change comes once" }),
  station: z.uuid().optional().meta({
    description: "Only orders with dishes for this station, showing only those lines (a bar tablet)",
  }),
});

export const orderSchemas = {
  placeOrder: {
    headers: idempotencyHeaders,
    body: createOrderRequestSchema,
    response: createOrderResponseSchema,
  },
  getOrder: { params: idParams, response: orderEnvelopeSchema },
  getOrderWait: { params: idParams, response: waitResponseSchema },
  listOrders: { query: listOrdersQuery, response: orderListSchema },
  placeStaffOrder: {
    headers: idempotencyHeaders,
    body: staffOrderRequestSchema,
    response: orderEnvelopeSchema,
  },
  setOrderStatus: { params: idParams, body: setStatusRequestSchema, response: orderEnvelopeSchema },
  approveOrder: { params: idParams, response: orderEnvelopeSchema },
  getOrderHistory: { params: idParams, response: orderHistorySchema },
  getBoardSettings: { response: boardSettingsSchema },
  updateBoardSettings: { body: boardSettingsSchema, response: boardSettingsSchema },
};

export const orderContract = /* @__PURE__ */ contract(orderRoutes, orderSchemas);
