import { z } from "zod";

/** Machine-readable reasons a request was refused. Stable: clients branch on them. */
export const errorCodes = [
  "validation_failed",
  "bad_request",
  "invalid_json",
  "payload_too_large",
  "unsupported_media_type",
  "idempotency_key_required",
  "idempotency_conflict",
  "unauthorized",
  "forbidden",
  "not_found",
  "table_not_found",
  "table_code_replaced",
  "label_taken",
  "sitting_not_allowed",
  "approval_required",
  "unknown_item",
  "sold_out",
  "item_unavailable",
  "category_not_empty",
  "invalid_options",
  "negative_line_price",
  "line_total_too_large",
  "order_total_too_large",
  "invalid_transition",
  "order_not_completed",
  "already_rated",
  "unknown_line",
  "receipt_unavailable",
  "line_not_found",
  "line_exists",
  "cart_full",
  "cart_changed",
  "coupon_not_found",
  "coupon_paused",
  "coupon_expired",
  "coupon_not_started",
  "coupon_min_spend",
  "coupon_used_up",
  "coupon_device_limit",
  "coupon_code_taken",
  "tip_too_large",
  "tip_locked",
  "payment_method_unavailable",
  "payment_provider_unavailable",
  "payment_not_needed",
  "refund_not_allowed",
  "counter_refund_unconfirmed",
  "no_counter_refund",
  "invalid_signature",
  "rate_limited",
  "email_taken",
  "invitation_invalid",
  "last_owner",
  "server_busy",
  "internal",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Every 4xx/5xx body: `{"error": {"code", "message", "details?"}}`. */
export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: "ApiError" });
export type ApiError = z.infer<typeof apiErrorSchema>;
