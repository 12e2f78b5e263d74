import type { ErrorCode } from "@tabletap/shared";
import type { Response } from "express";
import type { Failure } from "../lib/result.js";
import { errorBody } from "./errors.js";

/**
 * The one place a domain failure becomes an HTTP status. Services speak only of codes; every code has its
 * status here (the `satisfies` makes a new code without one a type error). The cart codes travel on the
 * socket alone today; their statuses are what an HTTP answer would use.
 */
export const errorStatus = {
  validation_failed: 400,
  bad_request: 400,
  invalid_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_required: 400,
  idempotency_conflict: 409,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  table_not_found: 404,
  table_code_replaced: 404,
  label_taken: 409,
  sitting_not_allowed: 409,
  approval_required: 409,
  unknown_item: 422,
  sold_out: 409,
  item_unavailable: 409,
  not_available_now: 409,
  category_not_empty: 409,
  invalid_options: 422,
  negative_line_price: 422,
  line_total_too_large: 422,
  order_total_too_large: 422,
  invalid_transition: 409,
  order_not_completed: 409,
  already_rated: 409,
  unknown_line: 422,
  unknown_service_kind: 422,
  receipt_unavailable: 409,
  station_is_default: 409,
  station_not_in_order: 409,
  line_not_found: 409,
  line_exists: 409,
  cart_full: 422,
  cart_changed: 409,
  coupon_not_found: 404,
  coupon_paused: 422,
  coupon_expired: 422,
  coupon_not_started: 422,
  coupon_min_spend: 422,
  coupon_used_up: 409,
  coupon_device_limit: 409,
  coupon_code_taken: 409,
  tip_too_large: 422,
  tip_locked: 409,
  payment_method_unavailable: 422,
  payment_provider_unavailable: 503,
  payment_provider_not_configured: 422,
  currency_minor_units_differ: 409,
  payment_not_needed: 409,
  refund_not_allowed: 403,
  counter_refund_unconfirmed: 409,
  no_counter_refund: 409,
  tab_not_open: 409,
  tab_closed: 409,
  tab_amount_exceeds_left: 409,
  tab_units_taken: 409,
  tab_shares_taken: 409,
  tab_part_not_cancellable: 409,
  invalid_signature: 400,
  rate_limited: 429,
  email_taken: 409,
  invitation_invalid: 410,
  last_owner: 409,
  server_busy: 503,
  internal: 500,
} as const satisfies Record<ErrorCode, number>;

/** Answers a route's request with a service's failure: the status from the table, the usual error body. */
export function sendFailure(res: Response, failure: Failure): void {
  res.status(errorStatus[failure.code]).json(errorBody(failure.code, failure.message, failure.details));
}
