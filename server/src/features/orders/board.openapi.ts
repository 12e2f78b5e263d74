import {
  boardSettingsSchema,
  idempotencyKeySchema,
  orderHistorySchema,
  orderSchema,
  staffOrderRequestSchema,
} from "@tabletap/shared";
import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from "zod-openapi";
import { error, idPath, json, ok, requires, staffOnly } from "../../http/openapi-parts.js";

/** `POST /api/merchant/orders`, merged into that path next to its `get`. */
export const staffOrderOperation: ZodOpenApiOperationObject = {
  ...requires("board.use"),
  operationId: "placeStaffOrder",
  summary: "Order for a table on a diner's behalf (priced by the server, paid at the counter)",
  requestParams: { header: z.object({ "Idempotency-Key": idempotencyKeySchema }) },
  requestBody: json(staffOrderRequestSchema),
  responses: {
    "201": ok("Placed, or the earlier order for the same Idempotency-Key", z.object({ order: orderSchema })),
    "400": error("Malformed body, unknown fields, bad quantity or missing Idempotency-Key"),
    "404": error("No such table in this shop, or it is switched off (`table_not_found`)"),
    "409": error(
      "An item is sold out (`sold_out`) or off the menu (`item_unavailable`), or the key was used for a different order (`idempotency_conflict`)",
    ),
    "422": error("Unknown item (`unknown_item`), invalid option choice or a total out of range"),
  },
};

export const boardPaths: ZodOpenApiPathsObject = {
  "/api/merchant/orders/{id}/history": {
    get: {
      ...staffOnly,
      operationId: "getOrderHistory",
      summary: "The order's status changes, oldest first, with cancel reasons",
      requestParams: { path: idPath },
      responses: { "200": ok("History", orderHistorySchema), "404": error("No such order in this shop") },
    },
  },
  "/api/merchant/board/settings": {
    get: {
      ...requires("board.use"),
      operationId: "getBoardSettings",
      summary: "How the shop's boards escalate orders nobody has accepted",
      responses: { "200": ok("Settings", boardSettingsSchema) },
    },
    patch: {
      ...requires("menu.edit"),
      operationId: "updateBoardSettings",
      summary: "Change when a waiting order is escalated; every open board hears it",
      requestBody: json(boardSettingsSchema),
      responses: {
        "200": ok("Saved", boardSettingsSchema),
        "400": error("Out of range or unknown fields"),
      },
    },
  },
};
