import type { StaffRole } from "@tabletap/shared";
import { RedisStore } from "connect-redis";
import type { Request, RequestHandler } from "express";
import session from "express-session";
import type { createClient } from "redis";
import type { Db } from "../../db/database.js";

export interface StaffIdentity {
  id: string;
  shopId: string;
  email: string;
  role: StaffRole;
  /** Epoch ms of sign-in: sessions older than SESSION_MAX_AGE or than a password change end. */
  signedInAt: number;
}

declare module "express-session" {
  interface SessionData {
    staff: StaffIdentity;
  }
}

export const SESSION_COOKIE = "tt.sid";

export interface SessionOptions {
  client: ReturnType<typeof createClient>;
  db: Db;
  clock: () => number;
  secret: string;
  secureCookie: boolean;
  prefix: string;
  /** Ends a session after this long without a request (the cookie and the stored session roll). */
  idleMs: number;
  /** Ends a session this long after sign-in, however busy. */
  maxAgeMs: number;
}

/**
 * Staff sessions live in Redis so every API node sees them and logout ends them on the server. The
 * cookie is HttpOnly and SameSite=Lax; Secure whenever the public URL is https. Each request re-reads the
 * staff row, so a removed person, a changed role or a changed password takes effect at once.
 */
export function createSessionMiddleware(options: SessionOptions): RequestHandler {
  const store = session({
    name: SESSION_COOKIE,
    store: new RedisStore({ client: options.client, prefix: `${options.prefix}:sess:` }),
    secret: options.secret,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    // Behind a TLS-terminating proxy the Secure cookie must still be issued, whatever TRUST_PROXY says.
    proxy: true,
    cookie: { httpOnly: true, sameSite: "lax", secure: options.secureCookie, maxAge: options.idleMs },
  });
  return (req, res, next) =>
    store(req, res, (error?: unknown) => {
      if (error) return next(error);
      verifyStaff(req, options).then(() => next(), next);
    });
}

async function verifyStaff(req: Request, options: SessionOptions): Promise<void> {
  const staff = req.session?.staff;
  if (!staff) return;
  const row = await options.db
    .selectFrom("staff")
    .select(["role", "shopId", "passwordChangedAt", "removedAt"])
    .where("id", "=", staff.id)
    .executeTakeFirst();
  const valid =
    row !== undefined &&
    row.removedAt === null &&
    row.shopId === staff.shopId &&
    typeof staff.signedInAt === "number" &&
    row.passwordChangedAt <= staff.signedInAt &&
    options.clock() - staff.signedInAt < options.maxAgeMs;
  if (!valid) {
    // A fresh, empty session: the old one is gone from the store, and this request is anonymous.
    await new Promise<void>((resolve, reject) =>
      req.session.regenerate((err) => (err ? reject(err) : resolve())),
    );
    return;
  }
  if (row.role !== staff.role) req.session.staff = { ...staff, role: row.role as StaffRole };
}
