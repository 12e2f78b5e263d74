import { orderContract } from "@tabletap/shared";
import { dinerToken, documented, error, limited, paths, staffOnly } from "../../http/openapi-parts.js";

const noOrder = error("No such order in this shop");

export const orderPaths = paths(
  documented(orderContract.placeOrder, {
    tags: ["diner"],
    summary: "Place an order (prices and totals are computed by the server)",
    success: "Created, or the earlier order for the same Idempotency-Key",
    responses: {
      "400": error("Malformed body, unknown fields, bad quantity or missing Idempotency-Key"),
      "404": error("Unknown or inactive table/counter token"),
      "409": error(
        "An item is sold out (`sold_out`) or no longer on the menu (`item_unavailable`), both with `details.line` (its index), `details.itemId` and `details.name`, the key was used for a different order, or the table's shared cart changed since `sharedCart.version` (`cart_changed`)",
      ),
      "413": error("Body too large"),
      ...limited(
        "Too many orders from this table code or address in a minute; with `couponCode`, too many wrong codes (404) from this table code, device or address in 15 minutes, the real code refused too",
      ),
      "422": error(
        "Unknown item or invalid option choice; a line below zero (`negative_line_price`), a line above 1,000,000.00 (`line_total_too_large`: 100,000,000 minor units) or an order above 10,000,000.00 (`order_total_too_large`: 1,000,000,000 minor units); with `couponCode`, a code that is expired, not yet valid, paused or below its minimum spend (`coupon_*`; used up or used on this device: 409, unknown: 404)",
      ),
    },
  }),
  documented(orderContract.getOrder, {
    ...dinerToken,
    summary: "The diner's order and its status",
    success: "The order",
  }),
  documented(orderContract.listOrders, {
    ...staffOnly,
    summary: "Active and today's orders, or every change after a sequence number",
    description:
      "Every change to an order gives it the shop's next `seq`, so `?sinceSeq=N` returns each order changed after `N` once, in its latest state, ordered by `seq` (at most 2,000; `lastSeq` is the sequence to ask from next). Without it: active orders and today's.",
    success: "Orders ordered by seq",
  }),
  documented(orderContract.setOrderStatus, {
    ...staffOnly,
    summary:
      "Move an order to its next status; a cancellation may say why: a preset `reasonCode` (shown to the diner in their language) or staff's own words in `reason` (shown as typed)",
    description:
      "Cancelling a paid order refunds it, which needs `payments.refund` (managers and owners). A payment taken online is refunded through its provider (`refund_pending`, then `refunded`); money taken at the counter is handed back there, so the cancel must carry `refundedAtCounter: true` and the order ends `refunded` at once.",
    success: "Updated",
    responses: {
      "400": error(
        "Malformed body, `reason` / `reasonCode` / `refundedAtCounter` with a status other than `cancelled`, or both `reason` and `reasonCode`",
      ),
      "403": error("Cancelling a paid order refunds it: only managers and owners (`refund_not_allowed`)"),
      "404": noOrder,
      "409": error(
        "Not allowed from the current status (`invalid_transition`), the order waits for approval (`approval_required`), a counter payment not confirmed as handed back (`counter_refund_unconfirmed`, with `details.amount` and `details.currency`), or `refundedAtCounter` for an order with no counter payment (`no_counter_refund`)",
      ),
    },
  }),
  documented(orderContract.approveOrder, {
    ...staffOnly,
    summary:
      "Approve an order from a table nobody had opened (`needsApproval`): it goes to the kitchen and the table opens",
    success: "Approved",
    responses: {
      "404": noOrder,
      "409": error("The order is not waiting for approval (`invalid_transition`)"),
    },
  }),
);
