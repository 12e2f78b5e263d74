import { kitchenContract, orderContract } from "@tabletap/shared";
import { documented, error, paths, requires, staffOnly } from "../../http/openapi-parts.js";

/** `POST /api/merchant/orders`, joined to that path next to its `get`. */
export const staffOrderPaths = documented(orderContract.placeStaffOrder, {
  ...requires("board.use"),
  summary: "Order for a table on a diner's behalf (priced by the server, paid at the counter)",
  success: "Placed, or the earlier order for the same Idempotency-Key",
  responses: {
    "400": error("Malformed body, unknown fields, bad quantity or missing Idempotency-Key"),
    "404": error("No such table in this shop, or it is switched off (`table_not_found`)"),
    "409": error(
      "An item is sold out (`sold_out`) or off the menu (`item_unavailable`), or the key was used for a different order (`idempotency_conflict`)",
    ),
    "422": error("Unknown item (`unknown_item`), invalid option choice or a total out of range"),
  },
});

export const boardPaths = paths(
  documented(kitchenContract.bumpStation, {
    ...requires("board.use"),
    summary: "A station finished its part of an accepted order; the last station's bump makes it ready",
    success: "The order with `stationsDone`; boards hear `order:updated`",
    responses: {
      "404": error("No such order in this shop"),
      "409": error(
        "The order is not accepted or preparing (`invalid_transition`), or has nothing for that station (`station_not_in_order`)",
      ),
    },
  }),
  documented(orderContract.getOrderHistory, {
    ...staffOnly,
    summary: "The order's status changes, oldest first, with cancel reasons",
    success: "History",
    responses: { "404": error("No such order in this shop") },
  }),
  documented(orderContract.getBoardSettings, {
    ...requires("board.use"),
    summary: "How the shop's boards escalate orders nobody has accepted",
    success: "Settings",
  }),
  documented(orderContract.updateBoardSettings, {
    ...requires("menu.edit"),
    summary: "Change when a waiting order is escalated; every open board hears it",
    success: "Saved",
    responses: { "400": error("Out of range or unknown fields") },
  }),
);
