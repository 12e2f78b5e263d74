import type { IncomingMessage } from "node:http";
import type { RequestHandler } from "express";
import { HttpError } from "./errors.js";

/**
 * Browsers send Origin on every cross-site request. A request that names a foreign origin is refused;
 * one without Origin comes from a non-browser client, which holds no victim's cookie to abuse.
 */
export function isSameOrigin(req: IncomingMessage, publicUrl: string): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (origin === new URL(publicUrl).origin) return true;
  const host = req.headers.host;
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}

/** Blocks cross-site state changes (CSRF) on cookie-authenticated routes. */
export function requireSameOrigin(publicUrl: string): RequestHandler {
  return (req, _res, next) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
    if (isSameOrigin(req, publicUrl)) return next();
    next(new HttpError(403, "forbidden", "Cross-site requests are not allowed"));
  };
}
