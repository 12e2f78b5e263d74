import type { ApiError, ErrorCode } from "@tabletap/shared";
import type { ErrorRequestHandler, RequestHandler } from "express";
import type { z } from "zod";
import type { Logger } from "../logger.js";

/**
 * A refusal the HTTP layer itself gives (guards, body and id checks, rate limits); services return a Failure
 * instead (lib/result.ts), which routes answer with sendFailure. Anything else thrown is a bug (500).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/**
 * A refusal for load, not for the request itself: the same request may succeed after `retryAfterSeconds`.
 * Thrown by infrastructure (the password-hash gate), not returned as a domain failure.
 */
export class BusyError extends HttpError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(503, "server_busy", message);
  }
}

export const errorBody = (code: ErrorCode, message: string, details?: unknown): ApiError => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

/** Parses with a shared schema or refuses with 400 and each problem's path. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    path: issue.path.join("."),
    message: issue.message,
  }));
  const first = details[0];
  const message = first
    ? `Invalid ${what}: ${first.path ? `${first.path}: ` : ""}${first.message}`
    : `Invalid ${what}`;
  throw new HttpError(400, "validation_failed", message, details);
}

export const apiNotFound: RequestHandler = (req, res) => {
  res.status(404).json(errorBody("not_found", `No route for ${req.method} ${req.path}`));
};

/** The one error handler: body-parser refusals, HttpErrors, and everything else as a logged 500. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (error instanceof HttpError) {
      if (error instanceof BusyError) res.set("Retry-After", String(error.retryAfterSeconds));
      res.status(error.status).json(errorBody(error.code, error.message, error.details));
      return;
    }
    const type = (error as { type?: string }).type;
    if (type === "entity.too.large") {
      res.status(413).json(errorBody("payload_too_large", "The request body is too large"));
    } else if (type === "entity.parse.failed") {
      res.status(400).json(errorBody("invalid_json", "The request body is not valid JSON"));
    } else if (type === "charset.unsupported" || type === "encoding.unsupported") {
      res.status(415).json(errorBody("unsupported_media_type", "Send the body as UTF-8 JSON"));
    } else if (isClientError(error)) {
      // Other refusals from Express and body-parser (bad percent-encoding, unsupported encodings, aborted bodies).
      res.status(error.status).json(errorBody("bad_request", error.expose ? error.message : "Bad request"));
    } else {
      logger.error({ err: error }, "unhandled error");
      res.status(500).json(errorBody("internal", "Something went wrong on our side; please try again"));
    }
  };
}

/** State-changing JSON endpoints refuse form posts, which browsers may send cross-site without preflight. */
export const requireJson: RequestHandler = (req, _res, next) => {
  const hasBody =
    req.headers["content-length"] !== "0" &&
    (req.headers["content-length"] || req.headers["transfer-encoding"]);
  if (hasBody && !req.is("application/json")) {
    return next(new HttpError(415, "unsupported_media_type", "Send the body as application/json"));
  }
  next();
};

function isClientError(error: unknown): error is { status: number; expose?: boolean; message: string } {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}
