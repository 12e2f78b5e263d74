import type { ErrorCode } from "@tabletap/shared";
import { HttpError } from "./errors.js";

/**
 * An expected "no" from a domain rule, as plain data: rules stay free of HTTP and IO, and a service throws
 * it as the error a route answers with.
 */
export interface Refusal {
  ok: false;
  status: 404 | 409 | 422;
  reason: ErrorCode;
  message: string;
  details?: unknown;
}

export const refuse = (
  status: Refusal["status"],
  reason: ErrorCode,
  message: string,
  details?: unknown,
): Refusal => ({ ok: false, status, reason, message, details });

export const refusalError = (refusal: Refusal): HttpError =>
  new HttpError(refusal.status, refusal.reason, refusal.message, refusal.details);
