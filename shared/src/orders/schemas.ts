import { z } from "zod";
import { couponCodeSchema, deviceIdSchema } from "../coupons/code.js";
import { idSchema, publicTableSchema } from "../menu/schemas.js";
import { paymentMethods } from "../payments/schemas.js";
import { plainText } from "../text/plain-text.js";
import { orderStatuses, staffSettableStatuses } from "./status.js";

// Tabs and newlines are fine in a note; other control characters only ever come from a broken or hostile client.
const noControlChars = plainText("\\t\\n");
export const freeText = (max: number) =>
  z.string().trim().max(max).regex(noControlChars, "must not contain control characters");

/** A table's or the counter's code: checked against its alphabet so no other byte (NUL) ever reaches SQL. */
export const qrTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "is not a QR code token");
const qrToken = qrTokenSchema;

export const MAX_QUANTITY = 99;
export const MAX_LINES = 50;

export const orderLineInputSchema = z
  .object({
    itemId: idSchema,
    quantity: z.int().min(1).max(MAX_QUANTITY),
    optionIds: z.array(idSchema).max(30).default([]),
    note: freeText(200).optional(),
  })
  .strict();

/** A diner's name at the table: chosen on the phone, never an account; only shown to the same table. */
export const nicknameSchema = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(24)
  .regex(plainText(), "must be one line without control characters");

/** Sent with `POST /api/orders` when the lines are the table's shared cart at `version`. */
export const sharedCartClaimSchema = z
  .object({ version: z.int().min(0), nickname: nicknameSchema })
  .strict()
  .describe(
    "The table's shared cart these lines come from, at this version; the order clears it for every phone. " +
      "Refused with 409 `cart_changed` when the cart moved on meanwhile.",
  );

/**
 * Body of `POST /api/orders`. Strict: prices, totals and statuses are the server's business,
 * so a client that sends them is refused rather than silently trusted.
 */
export const createOrderRequestSchema = z
  .object({
    tableToken: qrToken.optional(),
    counterToken: qrToken.optional(),
    lines: z.array(orderLineInputSchema).min(1).max(MAX_LINES),
    note: freeText(300).optional(),
    payment: z
      .enum(paymentMethods)
      .optional()
      .describe(
        "How the diner will pay; shops that take both let the diner choose (default: the shop's only way)",
      ),
    sharedCart: sharedCartClaimSchema.optional(),
    couponCode: couponCodeSchema.optional().describe("A promotion code; refused with a 4xx `coupon_*` code"),
    deviceId: deviceIdSchema
      .optional()
      .describe("The diner app's device id; required with `couponCode` (per-device limits)"),
  })
  .strict()
  .refine((body) => (body.tableToken === undefined) !== (body.counterToken === undefined), {
    message: "send exactly one of tableToken or counterToken",
    path: ["tableToken"],
  })
  .refine((body) => body.couponCode === undefined || body.deviceId !== undefined, {
    message: "send deviceId with couponCode",
    path: ["deviceId"],
  })
  .refine((body) => body.sharedCart === undefined || body.tableToken !== undefined, {
    message: "only a table shares its cart; takeaway carts stay on each phone",
    path: ["sharedCart"],
  })
  .meta({ id: "CreateOrderRequest" });

export const idempotencyKeySchema = z
  .string()
  .min(8)
  .max(128)
  .regex(/^[A-Za-z0-9_.:-]+$/, "letters, digits and _ . : - only");

export const paymentStatuses = ["unpaid", "paid", "refund_pending", "refunded"] as const;

export const orderLineSchema = z
  .object({
    id: z.string(),
    itemId: z.string(),
    name: z.string(),
    quantity: z.int(),
    unitPrice: z.int(),
    lineTotal: z.int(),
    note: z.string(),
    options: z.array(z.object({ id: z.string(), name: z.string(), priceDelta: z.int() })),
    // Optional in the type only (like needsApproval); the server always sends it.
    stationId: z
      .string()
      .nullable()
      .optional()
      .describe("The kitchen station the dish went to when ordered; null for a shop without stations"),
  })
  .meta({ id: "OrderLine" });

/** The cancel reasons staff pick with one tap; diners read them in their own language. */
export const cancelReasonCodes = [
  "sold_out",
  "kitchen_closing",
  "ordered_twice",
  "guest_asked",
  "guests_left",
] as const;
export type CancelReasonCode = (typeof cancelReasonCodes)[number];

/**
 * How the staff console names each preset, and the `cancelReason` text an order carries for it, so
 * readers that predate the codes keep seeing a sentence. A reason typed as exactly one of these reads
 * as that preset.
 */
export const cancelReasonLabels: Record<CancelReasonCode, string> = {
  sold_out: "Sold out",
  kitchen_closing: "Kitchen is closing",
  ordered_twice: "Ordered twice",
  guest_asked: "Guest asked to cancel",
  guests_left: "Guests have left",
};

export function cancelReasonCodeOf(reason: string | null | undefined): CancelReasonCode | null {
  if (!reason) return null;
  return cancelReasonCodes.find((code) => cancelReasonLabels[code] === reason) ?? null;
}

export const orderSchema = z
  .object({
    id: z.string(),
    shopId: z.string(),
    seq: z.int().describe("Per-shop sequence of the order's latest change; increases with every change"),
    pickupNumber: z.int().describe("Daily number the diner is called by"),
    status: z.enum(orderStatuses),
    paymentStatus: z.enum(paymentStatuses),
    paymentMethod: z.enum(paymentMethods),
    // Optional in the type only so payloads built before it existed still parse; the server always sends it.
    needsApproval: z
      .boolean()
      .optional()
      .describe(
        "True while a counter-paid order from a table that staff have not opened waits for staff approval; " +
          "until then it is not the kitchen's and cannot be accepted. Always sent by the server.",
      ),
    cancelReason: z
      .string()
      .nullable()
      .optional()
      .describe(
        "Why staff cancelled the order, when they said; null otherwise. Staff's own words, or the English " +
          "label of `cancelReasonCode` when they picked a preset. Always sent by the server.",
      ),
    cancelReasonCode: z
      .enum(cancelReasonCodes)
      .nullable()
      .optional()
      .describe(
        "The preset reason staff picked, for the diner's page to show in the diner's language; null when " +
          "staff typed their own words (then only `cancelReason`) or gave none. Always sent by the server.",
      ),
    table: publicTableSchema,
    lines: z.array(orderLineSchema),
    // Optional in the type only (like needsApproval); the server always sends it.
    stationsDone: z
      .array(z.string())
      .optional()
      .describe("Stations that bumped their part of the order; it turns ready when every line's station has"),
    note: z.string(),
    subtotal: z.int(),
    // Optional in the type only (like needsApproval); the server always sends them.
    discount: z.int().optional().describe("What a coupon took off: total = subtotal − discount"),
    couponCode: z.string().nullable().optional().describe("The coupon applied, if any"),
    total: z.int(),
    tip: z
      .int()
      .optional()
      .describe("The diner's tip, paid on top of total and kept apart from sales (0 until chosen)"),
    currency: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    // Optional in the type only (like needsApproval); the server always sends it.
    placedAt: z.iso
      .datetime()
      .nullable()
      .optional()
      .describe(
        "When the order became the kitchen's: at creation when paid at the counter, at payment when paid " +
          "first; null while it waits for payment (or if it never was). Waiting time on the board counts from here.",
      ),
  })
  .meta({ id: "Order" });

export const createOrderResponseSchema = z
  .object({ order: orderSchema, orderToken: z.string() })
  .meta({ id: "CreateOrderResponse" });

export const MAX_CANCEL_REASON = 200;

export const setStatusRequestSchema = z
  .object({
    status: z.enum(staffSettableStatuses),
    reason: freeText(MAX_CANCEL_REASON)
      .min(1)
      .optional()
      .describe(
        "Why the order is cancelled, in staff's own words; the diner sees them as typed. Only with " +
          "`cancelled`, and not with `reasonCode`.",
      ),
    reasonCode: z
      .enum(cancelReasonCodes)
      .optional()
      .describe(
        "A preset reason instead of `reason`; the diner sees it in their language. Only with `cancelled`.",
      ),
    refundedAtCounter: z
      .literal(true)
      .optional()
      .describe(
        "Staff handed the money of a cash or card payment back at the counter. Required to cancel an order " +
          "paid at the counter (it then ends `refunded`); refused for any other order. Only with `cancelled`.",
      ),
  })
  .strict()
  .refine((body) => body.reason === undefined || body.status === "cancelled", {
    message: "a reason is only given when cancelling",
    path: ["reason"],
  })
  .refine((body) => body.reasonCode === undefined || body.status === "cancelled", {
    message: "a reason is only given when cancelling",
    path: ["reasonCode"],
  })
  .refine((body) => body.reason === undefined || body.reasonCode === undefined, {
    message: "give either a reason or a reasonCode, not both",
    path: ["reasonCode"],
  })
  .refine((body) => body.refundedAtCounter === undefined || body.status === "cancelled", {
    message: "money is only handed back when cancelling",
    path: ["refundedAtCounter"],
  })
  .meta({ id: "SetStatusRequest" });

export const merchantOrdersQuerySchema = z
  .object({ sinceSeq: z.coerce.number().int().min(0).optional(), station: z.uuid().optional() })
  .strict();

export const orderListSchema = z
  .object({ orders: z.array(orderSchema), lastSeq: z.int() })
  .meta({ id: "OrderList" });

export type OrderLineInput = z.infer<typeof orderLineInputSchema>;
export type CreateOrderRequest = z.infer<typeof createOrderRequestSchema>;
export type SharedCartClaim = z.infer<typeof sharedCartClaimSchema>;
export type Order = z.infer<typeof orderSchema>;
export type OrderLine = z.infer<typeof orderLineSchema>;
export type PaymentStatus = (typeof paymentStatuses)[number];
export type CreateOrderResponse = z.infer<typeof createOrderResponseSchema>;
export type OrderList = z.infer<typeof orderListSchema>;

/** When the kitchen got the order (payment, for pay-first), falling back to creation for older payloads. */
export const placedTime = (order: Pick<Order, "placedAt" | "createdAt">): string =>
  order.placedAt ?? order.createdAt;
