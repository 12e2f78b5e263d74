import type { ErrorCode } from "@tabletap/shared";

/**
 * An expected "no" (not found, taken, sold out, not allowed from this state...) as plain data. Services and
 * repositories return it; only the routes decide what it means on the wire (http/error-status.ts). Thrown
 * errors are left for bugs and broken infrastructure.
 */
export interface Failure {
  ok: false;
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** What a service that can refuse gives back: its value, or why not. */
export type Result<T> = { ok: true; value: T } | Failure;

export const fail = (code: ErrorCode, message: string, details?: unknown): Failure =>
  details === undefined ? { ok: false, code, message } : { ok: false, code, message, details };

export const succeed = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** What a service that can refuse, and has nothing to give back when it does not, returns. */
export type Outcome = { ok: true } | Failure;
export const done: { ok: true } = { ok: true };
